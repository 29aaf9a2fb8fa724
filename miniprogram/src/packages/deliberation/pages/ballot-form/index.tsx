import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { BallotOptionsForm, BallotRule, DELIBERATION_TEXT_LIMITS } from '@linli/shared';
import { useState } from 'react';
import { SingleChoiceChips } from '@/components/blocks/ChoiceChips';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { EmptyState } from '@/components/EmptyState';
import { showError } from '@/components/feedback';
import { Button, Dialog, Input } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { useSubmitOnce } from '@/hooks/useSubmitOnce';
import { scopeText, topicStatusLabel } from '@/pages/deliberation/topic-format';
import type { CreateBallot, Topic } from '@/services/api-types';
import { createBallot, getTopic } from '@/services/deliberation';
import { DateTimeFields } from '../../components/DateTimeFields';
import { FormField } from '../../components/FormField';
import { ScopePicker } from '../../components/ScopePicker';
import { ChoicesEditor } from './ChoicesEditor';
import { SwitchRow } from './SwitchRow';
import {
  buildBallot,
  FIELD_LABELS,
  initialValues,
  MATTER_CHOICES,
  MATTER_HELP,
  QUORUM_CHOICES,
  RULE_CHOICES,
  withRule,
  type BallotFormValues,
} from './ballot-values';
import '@/pages/deliberation/deliberation.scss';
import '../../deliberation.scss';

/** 发起表决 (the secretary): puts a topic under discussion to a vote. */
export default function BallotFormPage() {
  const topicId = useRouter().params.topic ?? '';
  const { loaded, reload } = useLoad(() => getTopic(topicId), [topicId]);

  if (loaded.state === 'loading')
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (loaded.state === 'failed')
    return (
      <PageShell>
        <LoadFailed error={loaded.error} onRetry={() => void reload(true)} />
      </PageShell>
    );
  const topic = loaded.data;
  if (!topic.canManage || topic.status !== 'discussing') {
    return (
      <PageShell>
        <EmptyState
          title="这个议题现在不能发起表决"
          description={topic.canManage ? `议题现在是“${topicStatusLabel(topic.status)}”。只有讨论中的议题可以发起表决。` : '只有社区书记可以发起表决。'}
        />
      </PageShell>
    );
  }
  return (
    <PageShell>
      <BallotForm topic={topic} />
    </PageShell>
  );
}

/**
 * What is asked, how it is counted (with a plain explanation of each rule), the options, secret
 * or open, changeable or not, the closing time (7 days by default), an optional turnout quorum,
 * and who votes: the topic's scope unless another is picked. The roll is frozen when it is sent.
 */
function BallotForm({ topic }: { topic: Topic }) {
  const [values, setValues] = useState<BallotFormValues>(() => initialValues());
  const [confirming, setConfirming] = useState<CreateBallot | null>(null);
  const { submitting, run } = useSubmitOnce(FIELD_LABELS, 'deliberation', '已发起表决');
  const set = (patch: Partial<BallotFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const owners = values.rule === BallotRule.OwnersArt278;
  const rule = RULE_CHOICES.find((r) => r.value === values.rule)!;

  function review() {
    const built = buildBallot(values, topic.community.id);
    if (!built.ok) return showError(null, built.problem);
    setConfirming(built.body);
  }

  return (
    <View className="dlp-form">
      <Text className="dlp-form__topic">议题：{topic.title}</Text>
      <FormField label="表决事项" help="居民投票时看到的问题，尽量写成一句能回答“同意/反对”的话。">
        <Input
          className="dlp-box dlp-ballot-title"
          placeholder="写成一个能答同意或反对的问题，如：是否同意在东门增设充电棚"
          value={values.title}
          onChange={(title) => set({ title })}
          maxLength={DELIBERATION_TEXT_LIMITS.topicTitle}
        />
      </FormField>

      <FormField label="表决方式" help={rule.explain}>
        <SingleChoiceChips className="dlp-rule-chips" options={RULE_CHOICES} value={values.rule} onChange={(r) => setValues((v) => withRule(v, r))} />
      </FormField>

      {owners ? (
        <FormField label="事项类型" help={MATTER_HELP}>
          <SingleChoiceChips className="dlp-matter-chips" options={MATTER_CHOICES} value={values.matter ?? undefined} onChange={(matter) => set({ matter })} />
        </FormField>
      ) : null}

      <FormField label="选项" help={owners ? '业主共同决定只能设“同意/反对/弃权”。' : undefined}>
        <SingleChoiceChips
          className="dlp-options-form"
          options={[
            { value: BallotOptionsForm.YesNoAbstain, label: '同意 / 反对 / 弃权' },
            ...(owners ? [] : [{ value: BallotOptionsForm.Choices, label: '几个方案选一个' }]),
          ]}
          value={values.optionsForm}
          onChange={(optionsForm) => set({ optionsForm })}
        />
        {values.optionsForm === BallotOptionsForm.Choices ? <ChoicesEditor rows={values.choices} onChange={(choices) => set({ choices })} /> : null}
      </FormField>

      {!owners ? (
        <FormField label="参与门槛（可不设）" help="设了门槛，参与投票的人数达不到时表决不成立。">
          <SingleChoiceChips className="dlp-quorum-chips" options={QUORUM_CHOICES} value={values.quorum} onChange={(quorum) => set({ quorum })} />
        </FormField>
      ) : null}

      <FormField label="投票方式">
        <SwitchRow
          label="无记名投票"
          help={owners ? '业主共同决定须实名表决。' : '任何人（包括您）都看不到谁投了什么；投出后不能修改。'}
          checked={values.secret}
          disabled={owners}
          onChange={(secret) => set({ secret, allowChange: secret ? false : values.allowChange })}
          className="dlp-secret"
        />
        <SwitchRow
          label="截止前允许修改投票"
          help={values.secret ? '无记名投票不能修改。' : '以最后一次为准。'}
          checked={values.allowChange}
          disabled={values.secret}
          onChange={(allowChange) => set({ allowChange })}
          className="dlp-allow-change"
        />
      </FormField>

      <FormField label="截止时间" help="从现在开始投票，默认 7 天，最长 60 天。所有人都投完后您也可以提前结束。">
        <DateTimeFields className="dlp-closes" value={values.closes} onChange={(closes) => set({ closes })} />
      </FormField>

      <FormField label="谁来投票">
        <SingleChoiceChips
          className="dlp-electorate-chips"
          options={[
            { value: 'topic' as const, label: `与议题相同（${scopeText(topic.scope)}）` },
            { value: 'other' as const, label: '另选范围' },
          ]}
          value={values.electorate}
          onChange={(electorate) => set({ electorate })}
        />
        {values.electorate === 'other' ? <ScopePicker communityId={topic.community.id} value={values.scope} onChange={(scope) => set({ scope })} /> : null}
        <Text className="dlp-field__help">
          {owners ? '范围内房屋的业主投票。' : values.rule === BallotRule.Household ? '范围内每户一票。' : '范围内登记的成年居民每人一票。'}
          投票人名单在发起时确定，之后搬入搬出不影响本次投票。
        </Text>
      </FormField>

      <View className="lin-actions">
        <Button className="dlp-ballot-submit" type="primary" size="large" block loading={submitting} disabled={submitting} onClick={review}>
          发起表决
        </Button>
      </View>
      <Dialog
        visible={confirming !== null}
        title="发起表决"
        confirmText="发起"
        cancelText="再改改"
        onConfirm={() => {
          const body = confirming!;
          setConfirming(null);
          void run(() => createBallot(topic.id, body));
        }}
        onCancel={() => setConfirming(null)}
        onClose={() => setConfirming(null)}
      >
        发起后立即开始投票，投票人名单、表决方式和选项都不能再修改。确定发起吗？
      </Dialog>
    </View>
  );
}
