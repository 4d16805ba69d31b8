import { describe, expect, it } from 'vitest';
import { pipe } from '../pipeline/pipe.js';
import { extractImages } from './extract-images.js';

const clean = (html: string) => pipe(extractImages()).run(html);

describe('extractImages', () => {
  it('drops an image by its ad link alone, or by its ad alt alone, and keeps one with neither', () => {
    const result = clean('<p><a href="https://x/donate"><img src="https://x/a.jpg"></a></p><p><img alt="廣告" src="https://x/b.jpg"></p><p><img src="https://x/c.jpg"></p><p>正文</p>');
    expect(result.found.images).toEqual([{ src: 'https://x/c.jpg' }]);
  });

  it('reads a figure with two figcaptions as one caption, and one with a credit element apart', () => {
    const two = clean('<figure><img src="https://x/a.jpg"><figcaption>俄罗斯总统普京\n  与</figcaption><figcaption>\n 习近平（图：美联社）</figcaption></figure>');
    expect(two.found.images).toEqual([{ src: 'https://x/a.jpg', caption: '俄罗斯总统普京与 习近平', credit: '美联社' }]);
    const one = clean('<figure><img src="https://x/b.jpg"><figcaption><span>警察在街头\n 巡逻</span> <span class="copyright">Photo: RFA</span></figcaption></figure>');
    expect(one.found.images).toEqual([{ src: 'https://x/b.jpg', caption: '警察在街头巡逻', credit: 'RFA' }]);
  });

  it('reads figure captions and splits the photo credit off', () => {
    const result = clean('<figure><img src="https://x/a.jpg" alt="普京"><figcaption>俄罗斯总统普京与习近平（图：美联社）</figcaption></figure><p>正文</p>');
    expect(result.found.images).toEqual([{ src: 'https://x/a.jpg', alt: '普京', caption: '俄罗斯总统普京与习近平', credit: '美联社' }]);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文']);
  });

  it('keeps no alt that is only the file\'s name (希望之声 soh55/401338, soh6/423235)', () => {
    const result = clean('<figure><img src="https://x/a.jpg" alt="2020-07-01-ss-香港实业家袁弓夷华盛顿发声.jpg"><figcaption>袁弓夷在华盛顿发声</figcaption></figure><figure><img src="https://x/b.jpg" alt="美国参议员加德纳Cory Gardner_Juliet Wei.JPG"></figure><figure><img src="https://x/c.jpg" alt="COVID-19 病房"></figure>');
    expect(result.found.images).toEqual([{ src: 'https://x/a.jpg', caption: '袁弓夷在华盛顿发声' }, { src: 'https://x/b.jpg' }, { src: 'https://x/c.jpg', alt: 'COVID-19 病房' }]);
  });

  it('takes a bannedbook figure whose image is a link to the file', () => {
    const result = clean('<figure><a href="https://i0.wp.com/u/x.png?fit=966%2C552&#038;ssl=1"></a><figcaption>说明（图：美联社）</figcaption></figure>');
    expect(result.found.images).toEqual([{ src: 'https://i0.wp.com/u/x.png?fit=966%2C552&ssl=1', caption: '说明', credit: '美联社' }]);
  });

  it('reads the caption sharing a centred paragraph with the image (看中国)', () => {
    const result = clean(`<p style="text-align:center"><img alt="秦刚" src="https://img5.secretchina.com/p.jpg"/><br>
      7月20日，秦刚出席论坛。(图片来源：中国驻美大使馆网站)</br></p><p>正文</p>`);
    expect(result.found.images).toEqual([{ src: 'https://img5.secretchina.com/p.jpg', alt: '秦刚', caption: '7月20日，秦刚出席论坛。', credit: '中国驻美大使馆网站' }]);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文']);
  });

  it('gives the caption under pictures side by side to the last, the others kept without one (看中国 p1/944233)', () => {
    const result = clean(`<p style="text-align: center;">
  <img alt="美国国务卿" src="https://img3.secretchina.com/pic/2020/8-26/p2763021a540384232-ss.jpg" style="height:344px; width:300px"/>
  <img alt="美国国务卿" src="https://img3.secretchina.com/pic/2020/8-26/p2763031a544960781-ss.jpg" style="height:340px; width:273px"/>
  <br>
   有网友贴出蓬佩奥与小狗的合照，并称心灵手巧、可可爱爱。（图片来源：微博截图）
  </br>
 </p><p>正文</p>`);
    expect(result.found.images).toEqual([
      { src: 'https://img3.secretchina.com/pic/2020/8-26/p2763021a540384232-ss.jpg', alt: '美国国务卿' },
      { src: 'https://img3.secretchina.com/pic/2020/8-26/p2763031a544960781-ss.jpg', alt: '美国国务卿', caption: '有网友贴出蓬佩奥与小狗的合照，并称心灵手巧、可可爱爱。', credit: '微博截图' },
    ]);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文']);
    // Each picture with a text of its own: neither text is read as the caption of both.
    const own = clean('<p style="text-align:center"><img src="a.jpg"/>甲图说明<img src="b.jpg"/>乙图说明</p>');
    expect(own.blocks.map((b) => b.text).join('')).toContain('甲图说明');
  });

  it('reads sibling .caption elements (新唐人, 大纪元) and RFA\'s nested #headerimgcaption', () => {
    const ntd = clean('<div class="featured_image"><figure><img src="a.jpg"/></figure><br/><span class="caption">普京与习近平会晤。（AFP via Getty Images）</span></div>');
    expect(ntd.found.images).toEqual([{ src: 'a.jpg', caption: '普京与习近平会晤。', credit: 'AFP via Getty Images' }]);
    const rfa = clean('<div id="headerimg"><img alt="王怡" src="b.jpg"/><div id="headerimgcontents"><div id="headerimgcaption"><span>王怡牧师（图源：对华援助协会）</span></div></div></div>');
    expect(rfa.found.images).toEqual([{ src: 'b.jpg', alt: '王怡', caption: '王怡牧师', credit: '对华援助协会' }]);
    expect(rfa.blocks).toEqual([]);
  });

  it('splits a bare source name after the caption\'s sentence (RFA sidebar: …感染。（丁香园）) but keeps a note there', () => {
    const sidebar = (caption: string) => `<div class="sidebar"><div class="additionalimg"><img src="z.jpg"/><div class="additionalimgcontents"><div class="additionalimgcaption"><span>${caption}</span><span class="copyright"></span></div></div></div></div><p>正文</p>`;
    const credited = clean(sidebar('美洲已有23 个国家受到寨卡病毒（Zika virus）感染。（丁香园）'));
    expect(credited.found.images).toEqual([{ src: 'z.jpg', caption: '美洲已有23 个国家受到寨卡病毒（Zika virus）感染。', credit: '丁香园' }]);
    expect(credited.blocks.map((b) => b.text)).toEqual(['正文']);
    const noted = clean(sidebar('两人在北京会晤。（示意图）'));
    expect(noted.found.images).toEqual([{ src: 'z.jpg', caption: '两人在北京会晤。（示意图）' }]);
  });

  it('reads RFA\'s span.copyright as the credit, not caption text (butongdeshengyin/jkdv-09042019154401, yehuazhongnanhai/gx-09042019150610)', () => {
    const inline = (caption: string) => `<p><div class="image-inline captioned"><div><img alt="x" src="a.jpg"/></div><div class="image-caption"><span>${caption}</span>
      <span class="copyright">
        Photo: RFA
      </span></div></div></p><p>正文</p>`;
    const plain = clean(inline('中国驻美大使崔天凯代表习近平澄清赵立坚言论'));
    expect(plain.found.images).toEqual([{ src: 'a.jpg', alt: 'x', caption: '中国驻美大使崔天凯代表习近平澄清赵立坚言论', credit: 'RFA' }]);
    expect(plain.blocks.map((b) => b.text)).toEqual(['正文']);
    // The caption's own credit names the photographer: it wins over the site's.
    const own = clean(inline('台湾陆委会副主委邱垂正（记者夏小华摄）'));
    expect(own.found.images).toEqual([{ src: 'a.jpg', alt: 'x', caption: '台湾陆委会副主委邱垂正', credit: '记者夏小华摄' }]);
    expect(clean(inline('')).found.images).toEqual([{ src: 'a.jpg', alt: 'x', credit: 'RFA' }]);
  });

  it('takes a photo-credit paragraph after an image as its credit', () => {
    const result = clean('<figure><img src="c.jpg"><figcaption></figcaption></figure><p style="text-align:center">（图片：pixabay）</p><p>正文</p>');
    expect(result.found.images).toEqual([{ src: 'c.jpg', credit: 'pixabay' }]);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文']);
  });

  it('drops tracking pixels and ad images, and never takes a long paragraph as a caption', () => {
    const result = clean(`<img src="http://gfw-breaker.win/x.md" width="0px" height="0px"/>
      <center><span href="/kzgd/subscribe.html"><img alt="荣誉会员" src="/kzgd/ad/kzgmembership.gif"/></span></center>
      <div><img src="d.jpg"><p>${'很长的正文。'.repeat(30)}</p></div>`);
    expect(result.found.images).toEqual([{ src: 'd.jpg' }]);
    expect(result.blocks).toHaveLength(1);
  });

  it('drops an ad slot by its alt but keeps a news photo whose alt mentions a billboard (RFA pinglun/wd-08272019115542, 看中国 p9/947768, p4/945092)', () => {
    const billboard = clean(`<div id="headerimg"><img alt="一名戴口罩的女子走过一个显示中国大学生在朗诵《共产党宣言》的广告牌前。（美联社）" src="https://www.rfa.org/x/1.jpeg"/></div><p>正文</p>`);
    expect(billboard.found.images).toEqual([{ src: 'https://www.rfa.org/x/1.jpeg', alt: '一名戴口罩的女子走过一个显示中国大学生在朗诵《共产党宣言》的广告牌前。（美联社）' }]);
    const seo = clean('<p style="text-align:center"><img alt="看中国 荣誉会员 美国 中共 " src="https://img3.secretchina.com/p.jpg"/><br>历史象一条流淌的河流。（图片来源：Adobe Stock）</p><p>正文</p>');
    expect(seo.found.images).toEqual([{ src: 'https://img3.secretchina.com/p.jpg', alt: '看中国 荣誉会员 美国 中共', caption: '历史象一条流淌的河流。', credit: 'Adobe Stock' }]);
    const slot = clean('<p style="text-align: center;"><span href="https://account.secretchina.com/reguser.php"><img alt="加入看中国荣誉会员" src="https://img3.secretchina.com/pic/2020/9-18/p2778571a152623224.jpg"/></span></p><p><img alt="广告" src="https://x/b.jpg"/></p><p>正文</p>');
    expect(slot.found.images).toEqual([]);
    expect(slot.blocks.map((b) => b.text)).toEqual(['正文']);
  });

  it('keeps an inline data: image whose base64 happens to spell an ad path (希望之声 soh55/389881)', () => {
    const src = `data:image/jpeg;base64,/9j/4AAQ${'A'.repeat(300)}/promo/${'B'.repeat(300)}`;
    expect(clean(`<p><img src="${src}"></p><p>正文。</p>`).found.images).toEqual([{ src }]);
  });

  it('reports a caption whose image is missing', () => {
    const result = clean('<figure><figcaption>普京访华 （图片：Pool/Getty Images)</figcaption></figure>');
    expect(result.found.images).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(['caption-without-image']);
  });

  it('takes the plain paragraph after an image standing alone as its caption when it ends with a credit or repeats the alt (新京报, 人民网, 明報)', () => {
    const bj = clean('<p style="text-align: center;"><img src="a.jpg" alt=""></p><p style="text-align: center;">保育员正在照看婴幼儿。新京报记者 李木易 摄</p><p>正文</p>');
    expect(bj.found.images).toEqual([{ src: 'a.jpg', caption: '保育员正在照看婴幼儿。', credit: '新京报记者 李木易 摄' }]);
    expect(bj.blocks.map((b) => b.text)).toEqual(['正文']);
    const mp = clean('<div class="imgbox"><a href="a.jpg"><img src="a.jpg" alt="醫衞局昨宣布試點擴至大灣區。（資料圖片）"></a><div class="fancybox-title">醫衞局昨宣布試點擴至大灣區。（資料圖片）</div></div><p>正文</p>');
    expect(mp.found.images[0]).toMatchObject({ caption: '醫衞局昨宣布試點擴至大灣區。', credit: '資料圖片' });
    expect(mp.blocks.map((b) => b.text)).toEqual(['正文']);
  });

  it('never takes a story paragraph or the next figure\'s caption after an image standing alone', () => {
    const story = clean('<p><img src="a.jpg"></p><p>他说，这是一个很长的故事。</p>');
    expect(story.blocks.map((b) => b.text)).toEqual(['他说，这是一个很长的故事。']);
    const figure = clean('<p><img src="a.jpg"></p><figure><img src="b.jpg"><figcaption>公文截图。（大纪元）</figcaption></figure>');
    expect(figure.found.images).toEqual([{ src: 'a.jpg' }, { src: 'b.jpg', caption: '公文截图。', credit: '大纪元' }]);
  });

  it('takes a caption whose credit is printed bare (图：X, 图据X) or that is labelled 资料图', () => {
    const caixin = clean('<div><p>正文。</p><div class="media"><img src="a.jpg" alt=""><div class="media_content">郑州一处在售楼盘。图：视觉中国</div></div><p>下文。</p></div>');
    expect(caixin.found.images).toEqual([{ src: 'a.jpg', caption: '郑州一处在售楼盘。', credit: '视觉中国' }]);
    expect(caixin.blocks.map((b) => b.text)).not.toContain('郑州一处在售楼盘。图：视觉中国');
    const guancha = clean('<div><p>正文。</p><p style="text-align:center"><img src="b.jpg" alt=""></p><p style="text-align:center">资料图：东京一处建筑工地 视觉中国</p><p>下文。</p></div>');
    // 资料图： marks the paragraph as the caption; as a label it is then taken off the caption's text.
    expect(guancha.found.images.map((i) => i.caption)).toEqual(['东京一处建筑工地 视觉中国']);
  });

  it('takes the paragraph after an image\'s own paragraph as its caption when it ends with a spaced 资料图 (腾讯)', () => {
    const result = clean('<p><img src="https://x/a.jpg" alt=""></p><p>加装电梯后的某小区单元楼　资料图</p><p>正文。</p>');
    expect(result.found.images.map((i) => i.caption)).toEqual(['加装电梯后的某小区单元楼 资料图']);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。']);
  });

  it('takes a paragraph that says only 资料图 after an image\'s paragraph as its caption (中国经济网, round 8)', () => {
    const result = clean('<p>正文。</p><p align="center"><img src="https://x/a.jpg" alt=""></p><p align="center">　　资料图</p><p>下文。</p>');
    expect(result.found.images.map((i) => i.caption)).toEqual(['资料图']);
    expect(result.blocks.map((b) => b.text)).toEqual(['正文。', '下文。']);
    // Not after an image, it is text like any other.
    expect(clean('<p>正文。</p><p>资料图</p>').blocks.map((b) => b.text)).toEqual(['正文。', '资料图']);
  });

  it('reads a lazy image\'s real source past a named placeholder, its caption past a badge, and a centred line under a centred picture (香港經濟日報, 齐鲁网; round 10)', () => {
    const hket = clean('<div class="img-container"><img data-src="https://x/rehab.jpg" src="https://x/res/lazy.png" alt=""><span class="click-to-enlarge">+1</span></div><p class="article-detail_caption">發展局宣布第二輪申請。（資料圖片）</p><p>正文。</p>');
    expect(hket.found.images).toEqual([{ src: 'https://x/rehab.jpg', caption: '發展局宣布第二輪申請。', credit: '資料圖片' }]);
    // The badge's own text is left to the phrase rules (photo-count).
    expect(hket.blocks.map((b) => b.text)).toEqual(['+1', '正文。']);
    const iqilu = clean('<p>正文。</p><p style="text-align: center;"><img src="https://x/a.jpg" alt=""></p><p style="text-align: center;">工作人员在后李村调试空气源热泵设备</p><p>下文。</p>');
    expect(iqilu.found.images.map((i) => i.caption)).toEqual(['工作人员在后李村调试空气源热泵设备']);
    // A centred sentence that ends with a full stop, or a line under a picture that is not centred, stays text.
    expect(clean('<p style="text-align: center;"><img src="https://x/a.jpg" alt=""></p><p style="text-align: center;">村民说，改造后取暖方便多了。</p>').blocks).toHaveLength(1);
    expect(clean('<p><img src="https://x/a.jpg" alt=""></p><p>工作人员在后李村调试设备</p>').blocks).toHaveLength(1);
  });

  it('reads the caption sharing a table cell with the photo (自立晚報, round 12)', () => {
    const result = clean('<table><tr><td class="news_photo" align="center"><img src="https://x/a.jpg" alt=""><br><span class="photo_desc">新北市說明自行車道計畫。（圖∕新北市高灘處提供）</span></td></tr><tr><td>正文。</td></tr></table>');
    expect(result.found.images).toEqual([{ src: 'https://x/a.jpg', caption: '新北市說明自行車道計畫。', credit: '新北市高灘處提供' }]);
  });
});
