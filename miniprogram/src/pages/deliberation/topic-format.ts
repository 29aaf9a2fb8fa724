/**
 * How topics, ballots and decisions read in lists: status words from @linli/shared (falling back
 * to the raw value should the server send a new one), and one line on where a ballot stands.
 */
import { BALLOT_PHASE_LABELS, BALLOT_RULE_LABELS, DECISION_LIST_LABELS, DECISION_STATUS_LABELS, TOPIC_STATUS_LABELS } from '@linli/shared';
import type { BallotSummary, DecisionListKind, ScopeView } from '@/services/api-types';
import { formatMinute } from '@/utils/dates';

const labelFrom = (labels: Record<string, string>, value: string): string => labels[value] ?? value;

export const topicStatusLabel = (status: string) => labelFrom(TOPIC_STATUS_LABELS, status);
export const ballotPhaseLabel = (phase: string) => labelFrom(BALLOT_PHASE_LABELS, phase);
export const ballotRuleLabel = (rule: string) => labelFrom(BALLOT_RULE_LABELS, rule);
export const decisionListLabel = (list: string) => labelFrom(DECISION_LIST_LABELS, list);
export const decisionStatusLabel = (status: string) => labelFrom(DECISION_STATUS_LABELS, status);

export const DECISION_LIST_CHOICES = Object.entries(DECISION_LIST_LABELS).map(([value, label]) => ({ value: value as DecisionListKind, label }));

/** Who a topic or ballot concerns: "东湖社区（全社区）", "1号楼", "指定的 3 户". */
export function scopeText(scope: ScopeView): string {
  return scope.kind === 'households' ? `指定的 ${scope.label}` : scope.label;
}

/** One line on a ballot: when voting closes, when it opens, or how it ended. */
export function ballotLine(ballot: BallotSummary): string {
  switch (ballot.phase) {
    case 'upcoming':
      return `投票 ${formatMinute(ballot.opensAt)} 开始`;
    case 'voting':
      return `投票截止 ${formatMinute(ballot.closesAt)}`;
    case 'counting':
      return '投票已截止，正在计票';
    default:
      return ballot.passed ? '表决通过' : '表决未通过';
  }
}

/** The badge's modifier for a ballot's result or phase: passed / failed / voting… */
export function ballotBadge(ballot: BallotSummary): { label: string; tone: string } {
  if (ballot.phase === 'closed') return ballot.passed ? { label: '已通过', tone: 'passed' } : { label: '未通过', tone: 'failed' };
  return { label: ballotPhaseLabel(ballot.phase), tone: ballot.phase };
}
