import { Text, View } from '@tarojs/components';
import type { RegisterApplyView, RegisterDryRunView, RegisterRowError } from '@linli/shared';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { showError, showSuccess } from '@/components/feedback';
import { Button } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { ROUTES } from '@/navigation/routes';
import { ApiError } from '@/services/api-error';
import { confirmRegister, downloadRegisterTemplate, pickRegisterFile, previewRegister } from '@/services/register';
import { useCommunityRoles } from '@/state/community-roles';
import { useSession } from '@/state/session';
import { DryRun } from './DryRun';
import { OwnersRoll } from './OwnersRoll';
import '../../workbench.scss';

/**
 * 台账: the secretary downloads the template (or the register as it stands), fills it in Excel,
 * uploads it and reads the dry run — what would be added, changed, and which flats and people the
 * file no longer lists (removed only if ticked) — then confirms. Nothing changes before that.
 */
export default function RegisterPage() {
  const { community } = useSession();
  const { isSecretary } = useCommunityRoles();
  const [busy, setBusy] = useState<'upload' | 'confirm' | null>(null);
  const [dryRun, setDryRun] = useState<RegisterDryRunView | null>(null);
  const [badRows, setBadRows] = useState<{ message: string; rows: RegisterRowError[] } | null>(null);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [applied, setApplied] = useState<RegisterApplyView | null>(null);

  if (!community || !isSecretary) {
    return (
      <PageShell>
        <EmptyState title="台账由社区书记管理" description="如果您是书记，请在“我的”中切换到您担任书记的社区。" />
      </PageShell>
    );
  }
  const communityId = community.id;

  async function download(filled: boolean) {
    try {
      await downloadRegisterTemplate(communityId, filled);
    } catch (error) {
      showError(error);
    }
  }

  async function upload() {
    const picked = await pickRegisterFile();
    if (!picked) return;
    setBusy('upload');
    setDryRun(null);
    setBadRows(null);
    setApplied(null);
    try {
      setDryRun(await previewRegister(communityId, picked));
      setTicked(new Set());
    } catch (error) {
      if (error instanceof ApiError && error.code === 'REGISTER_ROWS_INVALID' && Array.isArray(error.details))
        setBadRows({ message: error.message, rows: error.details as RegisterRowError[] });
      else showError(error);
    } finally {
      setBusy(null);
    }
  }

  async function confirm() {
    if (!dryRun) return;
    setBusy('confirm');
    try {
      const result = await confirmRegister(communityId, dryRun.importId, [...ticked]);
      setApplied(result);
      setDryRun(null);
      showSuccess('台账已更新');
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  }

  const toggle = (key: string) => {
    const next = new Set(ticked);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setTicked(next);
  };

  return (
    <PageShell>
      <View className="wbk-page wbk-register">
        <Text className="wbk-section">{`${community.name} · 台账`}</Text>
        <Text className="lin-note">每行一位住户：楼栋、单元、房号、建筑面积、产权人及电话、是否开发商未售、住户姓名、电话、与户主关系、常住/租住。</Text>
        <View className="lin-actions">
          <Button className="wbk-register-template" size="small" onClick={() => void download(false)}>
            下载空白模板
          </Button>
          <Button className="wbk-register-current" size="small" onClick={() => void download(true)}>
            下载现有台账
          </Button>
          {process.env.TARO_ENV === 'h5' ? (
            <Button className="wbk-register-qr" size="small" onClick={() => void Taro.navigateTo({ url: ROUTES.joinQrSheet })}>
              打印入户二维码
            </Button>
          ) : null}
        </View>
        <View className="lin-actions">
          <Button
            className="wbk-register-upload"
            type="primary"
            size="large"
            block
            loading={busy === 'upload'}
            disabled={busy !== null}
            onClick={() => void upload()}
          >
            上传填好的台账（.xlsx）
          </Button>
        </View>
        {badRows ? (
          <View className="wbk-register-errors">
            <Text className="lin-note wbk-field__error">{badRows.message}</Text>
            {badRows.rows.map((e, i) => (
              <Text
                key={i}
                className="lin-note wbk-register-error"
              >{`${e.row ? `第 ${e.row} 行` : '文件'}${e.column ? `「${e.column}」` : ''}：${e.message}`}</Text>
            ))}
          </View>
        ) : null}
        {dryRun ? <DryRun view={dryRun} ticked={ticked} onToggle={toggle} onConfirm={() => void confirm()} confirming={busy === 'confirm'} /> : null}
        {applied ? (
          <Text className="lin-note wbk-register-applied">{`已导入：新增 ${applied.added} 户，修改 ${applied.changed} 户，删除 ${applied.removedFlats} 户、${applied.removedMembers} 位住户。`}</Text>
        ) : null}
        <OwnersRoll communityId={communityId} key={applied?.importId ?? 'roll'} />
      </View>
    </PageShell>
  );
}
