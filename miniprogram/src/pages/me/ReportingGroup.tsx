import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { Cell, CellGroup } from '@/components/nut';
import { ROUTES } from '@/navigation/routes';
import { myWorkUnits } from '@/services/work-units';
import { useCommunityRoles } from '@/state/community-roles';
import { useMemberReporting } from '@/state/member-reporting';

const REPORTING_EXTRA = { member: '已报到', pending: '待审核', none: '去报到' } as const;

/**
 * 双报到: the way to one's own (member) reporting and to unit reporting for everyone; review for
 * the community's secretary; the unit's members for a unit's approved contact person.
 */
export function ReportingGroup() {
  const { isSecretary } = useCommunityRoles();
  const reporting = useMemberReporting();
  const isUnitContact = useIsUnitContact();
  const open = (url: string) => () => void Taro.navigateTo({ url });

  return (
    <CellGroup title="双报到">
      <Cell
        className="me-link me-link--member-reporting"
        title="个人报到"
        description={reporting.kind === 'pending' ? '已提交，等待社区书记审核；通过后即可认领心愿和先锋岗' : '在职党员向居住地社区报到'}
        extra={REPORTING_EXTRA[reporting.kind]}
        clickable
        onClick={open(ROUTES.memberReporting)}
      />
      <Cell
        className="me-link me-link--unit-reporting"
        title="单位报到"
        description="驻区单位加入社区大党委"
        extra="查看"
        clickable
        onClick={open(ROUTES.unitReporting)}
      />
      {isSecretary ? (
        <Cell
          className="me-link me-link--review"
          title="报到审核"
          description="审核本社区的个人和单位报到"
          extra="去审核"
          clickable
          onClick={open(ROUTES.reportingReview)}
        />
      ) : null}
      {isUnitContact ? (
        <Cell
          className="me-link me-link--unit-members"
          title="本单位党员"
          description="报到党员的服务记录和汇总"
          extra="查看"
          clickable
          onClick={open(ROUTES.unitMembers)}
        />
      ) : null}
    </CellGroup>
  );
}

/** Whether the user is the approved contact person of any unit (asked again on every visit). */
function useIsUnitContact(): boolean {
  const [isContact, setIsContact] = useState(false);
  useDidShow(() => {
    myWorkUnits()
      .then((units) => setIsContact(units.length > 0))
      .catch(() => undefined); // keep what was shown
  });
  return isContact;
}
