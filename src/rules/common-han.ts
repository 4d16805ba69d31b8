/**
 * The most frequent Han characters in Chinese news, in both scripts.
 */

/**
 * The most frequent Han characters in Chinese news text, Simplified then
 * Traditional: what legacy-charset sniffing counts, and what the phrase
 * screen avoids keying rules on.
 *
 * @example
 * COMMON_HAN.includes('的') // true
 */
export const COMMON_HAN = '的一是不了在人有我他个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走義這個們來國時會為對說經過問還進長開關實現於從見東車書頭應學愛聽讓總覺點邊門電話語讀寫認識記報紙圖畫動員務產業農風飛機場隊戰爭軍備權議論討許設計領導組織選舉統資質濟貿費價錢銀買賣貨幣財稅節約樣變歷盡際態層級勞萬億歲';
