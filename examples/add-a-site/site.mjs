// A site profile for an outlet qingxi does not know: data, written once.
import { defineSite } from 'qingxi';

export const nanfang = defineSite({
  id: 'nanfang-guancha',
  name: '南方观察',
  url: 'https://www.nanfang-guancha.example',
  domains: ['nanfang-guancha.example'],
  title: 'h1.article-title',
  dateline: 'span.pubtime',
  credits: 'div.byline',
  body: 'div.article-body',
  remove: ['.editor-box'],
  dropBlocks: ['欢迎关注南方观察公众号'],
});
