import { View } from '@tarojs/components';
import { useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { Button, Dialog } from '@/components/nut';
import { useRefreshMeOnShow } from '@/hooks/useRefreshMeOnShow';
import { logout } from '@/services/auth';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { CommunitySwitcher } from './CommunitySwitcher';
import { HouseholdList } from './HouseholdList';
import { InboxGroup } from './InboxGroup';
import { PartyMemberCard } from './PartyMemberCard';
import { ProfileHeader } from './ProfileHeader';
import { ReportingGroup } from './ReportingGroup';
import { RoleList } from './RoleList';
import { ServiceGroup } from './ServiceGroup';
import { CareModeGroup, SettingsGroup } from './SettingsGroup';
import { WorkbenchGroup } from './WorkbenchGroup';
import './index.scss';

/**
 * 我的: who I am, 关怀模式 (first, where those who need it look), my messages, where I live, what roles I hold, which community I look at, the
 * community workbench (secretaries, street officers), double reporting (and what it unlocks),
 * my 先锋岗 shifts and points, and settings.
 */
export default function MePage() {
  const { me, community } = useSession();
  const { isPartyMember } = useCommunityRoles();
  const [confirmingLogout, setConfirmingLogout] = useState(false);

  // Roles and households change on the secretary's side; show the current ones on every visit.
  useRefreshMeOnShow();

  return (
    <PageShell>
      {me ? (
        <>
          <ProfileHeader me={me} />
          <CareModeGroup careMode={me.careMode} />
          {isPartyMember && community ? <PartyMemberCard community={community} /> : null}
          <InboxGroup />
          <CommunitySwitcher me={me} />
          <WorkbenchGroup />
          <ReportingGroup />
          <ServiceGroup />
          <HouseholdList me={me} />
          <RoleList me={me} />
          <SettingsGroup />
          <View className="me-logout">
            <Button block size="large" onClick={() => setConfirmingLogout(true)}>
              退出登录
            </Button>
          </View>
          <Dialog
            visible={confirmingLogout}
            title="退出登录"
            confirmText="退出"
            cancelText="取消"
            onConfirm={logout}
            onCancel={() => setConfirmingLogout(false)}
            onClose={() => setConfirmingLogout(false)}
          >
            退出后需要重新登录才能使用邻里。
          </Dialog>
        </>
      ) : null}
    </PageShell>
  );
}
