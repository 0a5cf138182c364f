// Who is speaking where: the turns of a transcript, from labels such as `陈之常（南京市市长）：`,
// `南京市委副书记、市长陈之常：`, `主持人：`, `问：`, or a line that holds only a name.

export interface Turn {
  /** Where the turn's label starts; the turn runs to the next turn's start. */
  start: number;
  speaker: string | null;
  role: string | null;
}

const CJK = '\\u3400-\\u9fff';
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝操';
const NAME = new RegExp(`^[${SURNAMES}][${CJK}]{1,2}$`, 'u');
const COMPOUND_SURNAME_NAME = new RegExp(
  `^(?:欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容)[${CJK}]{1,2}$`,
  'u',
);

/** Generic speakers, as labels write them, with the speaker and role a proposal carries. */
const GENERIC: Readonly<Record<string, readonly [string | null, string | null]>> = {
  主持人: ['主持人', null],
  问: ['记者', '提问'],
  提问: ['记者', '提问'],
  记者问: ['记者', '提问'],
  记者: ['记者', null],
  答: [null, '答'],
  发布人: ['发布人', null],
  发言人: ['发言人', null],
};

/** The end of a role, just before the name: 市长陈之常, 局长操文荣, 主任钱维. */
const TITLE =
  /(?:长|书记|主任|委员|常委|主席|经理|董事|总裁|总监|发言人|负责人|教授|研究员|代表|专家|院士|记者|处员|科员|巡视员|调研员|秘书)$/;
/** A verb of saying after the name: 陈之常介绍：…, 钱维表示：… */
const SAYING = /(?:介绍说|表示说|介绍|表示|指出|强调|回答|透露|说|称|答|讲)$/;

/** Two or three characters, when a title or a space already marks them as a name. */
const ANY_NAME = new RegExp(`^[${CJK}]{2,3}$`, 'u');
/** Words that start with a surname's character and head a field, not a turn (时间：…). */
const NOT_NAMES = new Set(['时间', '方式', '范围', '任务', '成效', '单位', '文字', '关于', '江苏']);

export const isName = (s: string): boolean =>
  !NOT_NAMES.has(s) && (NAME.test(s) || COMPOUND_SURNAME_NAME.test(s));

/** `role + name`: the longest name (2 to 4 characters) after a title. */
function roleAndName(label: string): Turn | null {
  for (const size of [3, 2, 4]) {
    const name = label.slice(-size);
    const role = label.slice(0, -size).trim();
    if (isName(name) && (role === '' || TITLE.test(role))) {
      return { start: 0, speaker: name, role: role || null };
    }
  }
  return null;
}

/** What a label names, or null when it is not a speaker's label (目标是, 主要有以下三点). */
export function readLabel(raw: string): Turn | null {
  const label = raw.trim();
  if (!label || label.length > 40 || /[，,。；;！？!?“”"]/.test(label)) return null;
  const generic = GENERIC[label];
  if (generic) return { start: 0, speaker: generic[0], role: generic[1] };
  const paren = /^(.+?)[（(](.+)[）)]$/u.exec(label);
  if (paren?.[1] && paren[2]) {
    const [, first, second] = paren;
    const [outer, inner] = [first.trim(), second.trim()];
    if (isName(outer) || (ANY_NAME.test(outer) && TITLE.test(inner))) {
      return { start: 0, speaker: outer, role: inner };
    }
    if (isName(inner) || (ANY_NAME.test(inner) && TITLE.test(outer))) {
      return { start: 0, speaker: inner, role: outer };
    }
    // 主持人（省政府新闻办副主任 张三）: the person inside, with the role they hold there.
    const inside = readLabel(second);
    return inside?.speaker && inside.role !== '提问' ? inside : null;
  }
  // 新华社记者, 南京日报记者: a journalist, named by the paper.
  if (label.endsWith('记者') && label.length <= 12)
    return { start: 0, speaker: '记者', role: label };
  const spaced = /^(.+?)\s+(\S+)$/u.exec(label);
  // A title, a space, a name: the space says where the name starts, whatever its surname.
  if (spaced?.[1] && spaced[2] && ANY_NAME.test(spaced[2]) && TITLE.test(spaced[1])) {
    return { start: 0, speaker: spaced[2], role: spaced[1] };
  }
  return roleAndName(label.replace(SAYING, ''));
}

const LABEL_AT_LINE_START = /^[ \t\u3000]*([^：:\n]{1,40})[：:]/u;
/** A line that is a section's number (01, 02): the turn before it is over. */
const SECTION_NUMBER = /^[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*$/u;
/** A credit line (来源 | 南京发布, 编辑 | …): the transcript is over. */
const CREDIT = /^[ \t\u3000]*[\u3400-\u9fff]{2,4}[ \t\u3000]*[|｜]/u;

/** After a bare name's colon, a short phrase with no sentence end is a field (日期：5月16日). */
const isField = (rest: string) =>
  rest.trim() !== '' && rest.length < 25 && !/[。！？!?]/u.test(rest);

/** Whether a line after line `i` holds text (looking past blank lines only). */
function hasTextAfter(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j += 1) if (lines[j]?.trim()) return true;
  return false;
}

/**
 * The turns of `text`, in order. A line holding only a name (or a name and its role) opens a turn
 * when a line follows it. Section numbers and credit lines end the turn before them.
 */
export function findTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  let start = 0;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const at = start;
    start += line.length + 1;
    if (SECTION_NUMBER.test(line) || CREDIT.test(line)) {
      turns.push({ start: at, speaker: null, role: null });
      return;
    }
    const labelled = LABEL_AT_LINE_START.exec(line);
    const fromLabel = labelled?.[1] ? readLabel(labelled[1]) : null;
    if (fromLabel && !(fromLabel.role === null && isField(line.slice(labelled?.[0].length)))) {
      turns.push({ ...fromLabel, start: at });
      return;
    }
    const alone = line.trim();
    if (alone && alone.length <= 30 && hasTextAfter(lines, i)) {
      const named = readLabel(alone);
      if (named?.speaker && named.role !== '提问') turns.push({ ...named, start: at });
    }
  });
  return turns;
}

/** The turn that holds `at` (the last to start at or before it), or null before the first. */
export function turnAt(turns: readonly Turn[], at: number): Turn | null {
  let lo = 0;
  let hi = turns.length - 1;
  let found: Turn | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = turns[mid];
    if (!t) break;
    if (t.start <= at) {
      found = t;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
