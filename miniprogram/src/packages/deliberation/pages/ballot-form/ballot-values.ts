/** The ballot form's values as chosen, and the API body built from them (or the first problem, in words). */
import { Art278Matter, BALLOT_PLAN_PROBLEM_TEXT, BallotOptionsForm, BallotRule, ballotPlanProblem, DELIBERATION_DEFAULTS } from '@linli/shared';
import type { CreateBallot, FractionInput, TopicBallotRule } from '@/services/api-types';
import { daysFromNow, instantOf, type DateTime } from '../../components/DateTimeFields';
import { scopeInputOf, WHOLE_COMMUNITY, type ScopeValue } from '../../components/scope-value';

export type QuorumChoice = 'none' | 'half' | 'two_thirds';

export interface ChoiceRow {
  key: string;
  label: string;
}

export interface BallotFormValues {
  title: string;
  rule: TopicBallotRule;
  matter: Art278Matter | null;
  optionsForm: BallotOptionsForm;
  choices: ChoiceRow[];
  secret: boolean;
  allowChange: boolean;
  closes: DateTime;
  quorum: QuorumChoice;
  /** The topic's own scope, or another one picked here. */
  electorate: 'topic' | 'other';
  scope: ScopeValue;
}

export const FIELD_LABELS: Record<string, string> = {
  title: '表决事项',
  rule: '表决方式',
  matter: '事项类型',
  quorum: '参与门槛',
  optionsForm: '选项',
  choices: '选项',
  closesAt: '截止时间',
  opensAt: '开始时间',
  electorate: '投票范围',
  secret: '无记名投票',
  allowChange: '允许修改投票',
};

export const RULE_CHOICES: { value: TopicBallotRule; label: string; explain: string }[] = [
  {
    value: BallotRule.Simple,
    label: '居民表决',
    explain: '范围内每位成年居民一票，同意票超过投票总数的一半即通过。适合一般的公共事务，如活动安排、环境整治。',
  },
  {
    value: BallotRule.Household,
    label: '一户一票',
    explain: '每户一票，由户里第一位投票的成年人代表全户。适合按户承担的事，如楼道改造费用分摊。',
  },
  {
    value: BallotRule.OwnersArt278,
    label: '业主共同决定',
    explain: '按《民法典》第278条，由房屋业主表决，按专有面积和人数双重计算：参与须达面积和人数的三分之二以上。适合维修资金、改建重建、选聘物业等法定事项。',
  },
];

export const MATTER_CHOICES = [
  { value: Art278Matter.Ordinary, label: '一般事项（过半数同意）' },
  { value: Art278Matter.Major, label: '重大事项（四分之三以上同意）' },
];

export const MATTER_HELP =
  '重大事项指：筹集建筑物及其附属设施的维修资金；改建、重建建筑物及其附属设施；改变共有部分的用途或者利用共有部分从事经营活动。其他共同决定的事项为一般事项。';

export const QUORUM_CHOICES: { value: QuorumChoice; label: string; fraction: FractionInput | null }[] = [
  { value: 'none', label: '不设门槛', fraction: null },
  { value: 'half', label: '二分之一以上参与', fraction: { numerator: 1, denominator: 2 } },
  { value: 'two_thirds', label: '三分之二以上参与', fraction: { numerator: 2, denominator: 3 } },
];

let rowKey = 0;
export const newChoiceRow = (label = ''): ChoiceRow => ({ key: `choice-${++rowKey}`, label });

/** The question is the secretary's to write: a topic's title is often a complaint, not a proposal. */
export function initialValues(): BallotFormValues {
  return {
    title: '',
    rule: BallotRule.Simple,
    matter: null,
    optionsForm: BallotOptionsForm.YesNoAbstain,
    choices: [newChoiceRow(), newChoiceRow()],
    secret: false,
    allowChange: true,
    closes: daysFromNow(7),
    quorum: 'none',
    electorate: 'topic',
    scope: WHOLE_COMMUNITY,
  };
}

/** Keeps the combinations the law and the rules allow: owners vote openly on yes/no/abstain with no quorum of ours; a secret vote cannot change. */
export function withRule(values: BallotFormValues, rule: TopicBallotRule): BallotFormValues {
  const owners = rule === BallotRule.OwnersArt278;
  return {
    ...values,
    rule,
    matter: owners ? (values.matter ?? Art278Matter.Ordinary) : null,
    optionsForm: owners ? BallotOptionsForm.YesNoAbstain : values.optionsForm,
    secret: owners ? false : values.secret,
    quorum: owners ? 'none' : values.quorum,
  };
}

export function buildBallot(
  values: BallotFormValues,
  communityId: string,
  now = Date.now(),
): { ok: true; body: CreateBallot } | { ok: false; problem: string } {
  const title = values.title.trim();
  if (title.length < 2) return { ok: false, problem: '请填写表决事项（至少 2 个字）' };
  const choices = values.choices.map((c) => c.label.trim());
  if (values.optionsForm === BallotOptionsForm.Choices && choices.some((c) => !c)) return { ok: false, problem: '有选项还没有填写，不需要的请删除' };
  const closesAt = instantOf(values.closes);
  const quorum = QUORUM_CHOICES.find((q) => q.value === values.quorum)?.fraction ?? null;
  const problem = ballotPlanProblem(
    {
      rule: values.rule as BallotRule,
      matter: values.matter,
      quorum,
      optionsForm: values.optionsForm,
      choices,
      secret: values.secret,
      allowChange: values.allowChange,
      opensAt: now,
      closesAt: new Date(closesAt).getTime(),
    },
    now,
  );
  if (problem) return { ok: false, problem: BALLOT_PLAN_PROBLEM_TEXT[problem] };
  let electorate: CreateBallot['electorate'];
  if (values.electorate === 'other') {
    const picked = scopeInputOf(values.scope, communityId);
    if (!picked.ok) return { ok: false, problem: picked.problem };
    electorate = picked.scope;
  }
  return {
    ok: true,
    body: {
      title,
      rule: values.rule,
      matter: values.matter ?? undefined,
      quorum: quorum ?? undefined,
      optionsForm: values.optionsForm,
      choices: values.optionsForm === BallotOptionsForm.Choices ? choices : undefined,
      secret: values.secret,
      allowChange: values.allowChange,
      closesAt,
      electorate,
    },
  };
}

export const MAX_CHOICES = DELIBERATION_DEFAULTS.maxChoices;
