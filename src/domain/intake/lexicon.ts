// The words the intake reads around a numeral: units, qualifiers, and what makes a numeral a
// label rather than a figure. Lists, not logic; each is used by one reader in this folder.
import type { IntakeQualifier } from './schema';

/**
 * Units written after a number (its magnitude, 万/亿, is read before them). Longest first, so
 * 个百分点 wins over 个 and 平方公里 over 公里. 月, 日 and 号 are absent on purpose: after a number
 * they are dates (5月16日) or labels (一号文件); 个月 is a duration.
 */
export const UNITS: readonly string[] = [
  '个百分点',
  '个工作日',
  '个季度',
  '个月',
  '个',
  '百分点',
  '%',
  '％',
  '‰',
  '倍',
  '成',
  '元人民币',
  '元',
  '美元',
  '欧元',
  '港元',
  '日元',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '公顷',
  '亩',
  '公里',
  '千米',
  '米',
  '吨',
  '公斤',
  '千克',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '吉瓦',
  '标准箱',
  '标箱',
  '人次',
  '人',
  '户',
  '家',
  '项',
  '条',
  '所',
  '名',
  '位',
  '座',
  '台套',
  '台',
  '套',
  '辆',
  '架',
  '艘',
  '列',
  '件',
  '篇',
  '部',
  '批',
  '类',
  '种',
  '次',
  '场',
  '张',
  '床',
  '处',
  '片',
  '栋',
  '幢',
  '间',
  '块',
  '根',
  '只',
  '头',
  '枚',
  '颗',
  '例',
  '款',
  '支',
  '笔',
  '份',
  '册',
  '组',
  '年',
  '周',
  '天',
  '小时',
  '分钟',
  '岁',
  'GW',
  'MW',
  'kWh',
  'kW',
  'TEU',
  'km',
];

/** Units of time: 一年多 and 两个多月 put their 多 after them. */
export const TIME_UNITS = new Set(['年', '个月', '月', '周', '天', '小时', '个季度']);

/** Units of a rate or a change: a figure in them is growth or a share, never a count. */
export const RATE_UNITS = new Set(['%', '％', '‰', '成']);
export const CHANGE_UNITS = new Set(['个百分点', '百分点', '倍']);

/** What a unit's magnitude multiplies it by. */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  万: 1e4,
  亿: 1e8,
  万亿: 1e12,
  亿万: 1e12,
};

/** Words before a number that qualify it, longest first, with the qualifier each says. */
export const PRE_QUALIFIERS: readonly (readonly [string, IntakeQualifier])[] = [
  ['超过', '超'],
  ['突破', '超'],
  ['迈入', '超'],
  ['迈上', '超'],
  ['超', '超'],
  ['逾', '超'],
  ['大约', '约'],
  ['约合', '约'],
  ['约', '约'],
  ['将近', '近'],
  ['接近', '近'],
  ['近', '近'],
  ['不少于', '以上'],
  ['不低于', '以上'],
  ['至少', '以上'],
];

/**
 * A character before a qualifier word that makes it part of another word: 最近, 附近, 节约,
 * 制约, 签约, 赶超. The qualifier is then not read.
 */
export const NOT_BEFORE_QUALIFIER: Readonly<Record<string, string>> = {
  近: '最附临邻靠贴',
  约: '节制公签合预条契',
  超: '赶高',
};

/** Words after the unit that qualify the number. */
export const POST_QUALIFIERS: readonly (readonly [string, IntakeQualifier])[] = [
  ['以上', '以上'],
  ['左右', '左右'],
  ['上下', '左右'],
  ['多', '多'],
  ['余', '余'],
];

/** The nouns of a speech's own structure: 三张“缩影”, 两个关键词, 三个方面的思考, 三件事情. */
export const DISCOURSE_NOUNS: readonly string[] = [
  '方面',
  '事情',
  '件事',
  '关键词',
  '缩影',
  '问题',
  '句话',
  '层意思',
  '个字',
  '故事',
  '体会',
  '感受',
  '思考',
  '看法',
  '建议',
  '特点',
  '原因',
];

/** Nouns after N次 / N届 that make it the ordinal of an event: 二次会议, 三次全会. */
export const EVENT_NOUNS: readonly string[] = ['会议', '全会', '大会', '党代会', '会上'];

/** Nouns after a span of time that make it the name of a plan: 三年行动计划, 百日攻坚. */
export const PLAN_NOUNS: readonly string[] = [
  '行动',
  '计划',
  '规划',
  '攻坚',
  '专项',
  '工程',
  '方案',
  '战略',
  '目标',
];

/** After 第N, nouns that make it a label or an enumerator (第三代, 第一张, 第二批), not a rank. */
export const ORDINAL_LABEL_UNITS = new Set([
  '代',
  '届',
  '次',
  '张',
  '批',
  '期',
  '个',
  '条',
  '项',
  '年',
  '轮',
  '步',
  '类',
  '种',
  '部',
  '章',
  '节',
  '款',
  '时',
]);

/** Words just before 第N that make it a rank: 排名第三, 居全国第3位, 全国第7. */
export const RANK_CONTEXT =
  /(?:排名|排行|排在|排|居|位列|位居|名列|列|跃居|跻身|全国|全省|全市|全区|全球|世界|榜单?)$/;

/** Words after N大 that make it an event (党的二十大精神) rather than 十大产业链. */
export const AFTER_CONGRESS = /^(?:以来|精神|报告|代表|会议|期间|召开|胜利|上|后|前|和|、|，|,|。)/;

/** Fixed phrases built from numerals that a unit would otherwise turn into a figure. */
export const SET_PHRASES: readonly string[] = [
  '五位一体',
  '三位一体',
  '四位一体',
  '四个全面',
  '四个意识',
  '四个自信',
  '两个确立',
  '两个维护',
  '两个毫不动摇',
  '两个一百年',
  '三个代表',
  '三个务必',
  '四个现代化',
  '一件事一次办',
  '一网通办',
  '一网统管',
  '一次都不跑',
  '千家万户',
  '三次产业',
  '千方百计',
  '最多跑一次',
];

/** A character before 前 that makes it part of another word (目前, 当前, 提前): not 前N. */
export const NOT_BEFORE_TOP = '目当此之以提空超向日事眼跟面门生年史';

/** Words before a bare number (no unit, no qualifier) that make it a value: 指数为85.3. */
export const BARE_NUMBER_CONTEXT = /(?:为|达|达到|是|至|到|值|指数|得分)$/;
