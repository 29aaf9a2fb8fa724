import { Text, View } from '@tarojs/components';
import { BallotRule } from '@linli/shared';
import Taro, { useRouter } from '@tarojs/taro';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { showError, showSuccess } from '@/components/feedback';
import { Button } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { ballotRuleLabel } from '@/pages/deliberation/topic-format';
import type { BallotVotesExport } from '@/services/api-types';
import { ballotVotes } from '@/services/deliberation';
import { areaText, electorUnit } from '../../format';
import { recount } from './recount';
import '@/pages/deliberation/deliberation.scss';
import '../../deliberation.scss';

/**
 * 匿名票据: the closed ballot's votes with nothing that says who cast them, counted again here
 * and compared with the published result, listed as a table a resident can read; the file (JSON)
 * is copied (both builds) or saved (H5) to keep or to check elsewhere, not shown.
 */
export default function VotesPage() {
  const id = useRouter().params.id ?? '';
  const { loaded, reload } = useLoad(() => ballotVotes(id), [id]);

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

  const data = loaded.data;
  const counted = recount(data);
  const json = JSON.stringify(data, null, 2);

  return (
    <PageShell>
      <View className="dlp-page">
        <InfoCard title={data.title}>
          <InfoRow label="表决方式" value={ballotRuleLabel(data.rule)} />
          <InfoRow label="名单" value={`共 ${data.electorate.count} ${electorUnit(data.rule)}`} />
          <InfoRow label="票数" value={`${data.votes.length} 张`} />
          <Text className="dlp-votes__note">每张票只记录选了哪一项（业主表决另记该业主的专有面积），不含投票人，顺序已随机打乱。</Text>
        </InfoCard>
        <View className="lin-card dlp-recount">
          <Text className="lin-card__title">本机重新核算</Text>
          {data.options.map((o) => (
            <View key={o.id} className="lin-row">
              <Text className="lin-row__label">{o.label}</Text>
              <Text className="lin-row__value">{counted.votes[o.id] ?? 0} 票</Text>
            </View>
          ))}
          <Text className={counted.matches ? 'dlp-recount__verdict dlp-recount__verdict--ok' : 'dlp-recount__verdict dlp-recount__verdict--bad'}>
            {counted.matches ? '✓ 与公布的结果一致' : '✗ 与公布的结果不一致，请联系社区或街道核查'}
          </Text>
        </View>
        <View className="lin-actions">
          <Button className="dlp-copy-votes" type="primary" size="large" block onClick={() => void copy(json)}>
            复制全部票据
          </Button>
          {process.env.TARO_ENV === 'h5' ? (
            <View className="lin-actions__second">
              <Button className="dlp-save-votes" size="large" block onClick={() => save(json, data)}>
                保存为文件
              </Button>
            </View>
          ) : null}
        </View>
        <Text className="dlp-section">{`全部票据（${data.votes.length} 张）`}</Text>
        <VoteTable data={data} />
      </View>
    </PageShell>
  );
}

/** Each vote as a row: its number in the (shuffled) list, the choice, and for owners the area. */
function VoteTable({ data }: { data: BallotVotesExport }) {
  const owners = data.rule !== BallotRule.Simple;
  const labels = new Map(data.options.map((o) => [o.id, o.label]));
  return (
    <View className="dlp-vote-table">
      <View className="dlp-vote-table__row dlp-vote-table__row--head">
        <Text className="dlp-vote-table__no">序号</Text>
        <Text className="dlp-vote-table__choice">选择</Text>
        {owners ? <Text className="dlp-vote-table__area">专有面积</Text> : null}
      </View>
      {data.votes.map((vote, i) => (
        <View key={i} className="dlp-vote-table__row">
          <Text className="dlp-vote-table__no">{i + 1}</Text>
          <Text className="dlp-vote-table__choice">{labels.get(vote.optionId) ?? '（已删除的选项）'}</Text>
          {owners ? <Text className="dlp-vote-table__area">{areaText(vote.areaHundredths)}</Text> : null}
        </View>
      ))}
    </View>
  );
}

async function copy(json: string): Promise<void> {
  try {
    await Taro.setClipboardData({ data: json });
    showSuccess('已复制，可以粘贴保存');
  } catch {
    showError(null, '复制没有成功，请稍后再试');
  }
}

/** H5 only: the JSON as a file download. */
function save(json: string, data: BallotVotesExport): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  link.download = `匿名票据-${data.title}.json`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
