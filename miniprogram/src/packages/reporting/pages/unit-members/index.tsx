import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { PageShell } from '@/components/PageShell';
import { myWorkUnits } from '@/services/work-units';
import { currentYear } from '@/utils/dates';
import { SingleChoiceChips } from '@/components/blocks/ChoiceChips';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { useLoad } from '@/hooks/useLoad';
import { DownloadButton } from './DownloadButton';
import { UnitMemberList } from './UnitMemberList';
import { YearSwitcher } from './YearSwitcher';
import '../../reporting.scss';

/**
 * 本单位党员 (unit contact): for each unit I am the approved contact of, its reported members —
 * where they reported, their state and the year's service record — and the year's Excel summaries.
 */
export default function UnitMembersPage() {
  const { loaded, reload } = useLoad(myWorkUnits, []);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [year, setYear] = useState(currentYear);

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
  const units = loaded.data;
  if (units.length === 0) {
    return (
      <PageShell>
        <EmptyState title="您还不是单位报到联络人" description="单位报到经社区审核通过后，提交人可以在这里查看本单位报到党员的服务情况。" />
      </PageShell>
    );
  }

  const unit = units.find((u) => u.id === chosenId) ?? units[0];
  return (
    <PageShell>
      {units.length > 1 ? (
        <View className="lin-filter">
          <SingleChoiceChips options={units.map((u) => ({ value: u.id, label: u.name }))} value={unit.id} onChange={setChosenId} />
        </View>
      ) : null}
      <View className="rpt-unit-head">
        <Text className="rpt-unit-head__name">{unit.name}</Text>
        <Text className="rpt-unit-head__org">{unit.partyOrgName}</Text>
        <YearSwitcher year={year} onChange={setYear} />
        <DownloadButton
          className="rpt-download-unit"
          label={`下载 ${year} 年全单位服务汇总`}
          path="/api/v1/work-units/{unitId}/service-summary"
          options={{ path: { unitId: unit.id }, query: { year } }}
          fileName={`${unit.name}-${year}年服务汇总.xlsx`}
          primary
        />
      </View>
      <UnitMemberList unit={unit} year={year} />
    </PageShell>
  );
}
