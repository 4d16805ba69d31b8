/**
 * Chinese surnames, for telling a person's name from other short words of the
 * same length (`吴惠林` from `揭密`, `德媒`, `组图`).
 */

/**
 * The common one-character surnames, in Simplified and, where it differs,
 * Traditional form; left out are those that more often start a word than a
 * name (党, 和, 时, 全, 明, 成, 安, 常, 向, 路, 万, 易 …), since a title's
 * `党媒：…` or `全球首次：…` must not read as a person.
 */
export const SURNAMES: ReadonlySet<string> = new Set(
  [
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱丘江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝萧',
    '劉陳張楊黃趙吳孫馬鄭羅謝許韓馮鄧蕭葉蔣蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔錢嚴湯溫喬龐顏莊聶魯歐關蘭紀塗駱藍鮑華饒繆車項蘆婁竇費衛閔鄔邊欒榮叢鞏鄺寧畢陽簡麥遲',
  ].join(''),
);

/** Two-character surnames: 欧阳修, 马光, 诸葛亮. */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '令狐', '司徒', '夏侯', '公孙', '公孫', '慕容', '尉迟', '尉遲', '长孙', '長孫', '宇文', '端木', '申屠',
];
