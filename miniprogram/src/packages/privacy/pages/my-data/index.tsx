import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { showError, showSuccess } from '@/components/feedback';
import { PageShell } from '@/components/PageShell';
import { Button, Cell, CellGroup } from '@/components/nut';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES } from '@/navigation/routes';
import { downloadMyData } from '@/services/download';
import { myData } from '@/services/my-data';
import { formatMinute } from '@/utils/dates';
import { ConsentPanel } from './ConsentPanel';
import { DataSections } from './DataSections';
import { DeletionPanel } from './DeletionPanel';
import '../../privacy.scss';

/**
 * 个人信息 (PIPL Arts. 44–47): everything the product holds about me, as a file to keep; what I
 * may correct; who read my contact details; my consents and their withdrawal; 注销.
 */
export default function MyDataPage() {
  const { loaded, reload } = useLoad(() => myData(), [], { reloadOnReturn: true });
  const [exporting, setExporting] = useState(false);

  async function exportFile() {
    setExporting(true);
    try {
      await downloadMyData();
      showSuccess('已导出');
    } catch (error) {
      showError(error);
    } finally {
      setExporting(false);
    }
  }

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
  const readers = data.sections.whoReadMyContact ?? [];

  return (
    <PageShell>
      <Text className="lin-note">以下是邻里保存的关于您的全部信息。投票内容不记名，这里只显示您参加过哪些表决。</Text>
      <View className="my-data__actions">
        <Button type="primary" block loading={exporting} disabled={exporting} className="my-data__export" onClick={() => void exportFile()}>
          导出我的数据
        </Button>
      </View>
      <CellGroup title="更正">
        <Cell title="修改称呼和手机号" extra="去修改" clickable onClick={() => void Taro.navigateTo({ url: ROUTES.profileEdit })} />
      </CellGroup>
      <CellGroup title="谁查看过我的联系方式" className="my-data__readers">
        {readers.length === 0 ? (
          <Text className="lin-note">还没有人查看过您的联系方式。</Text>
        ) : (
          readers.map((r, i) => (
            <Cell key={i} title={`${String(r.viewerName)} · ${String(r.kindLabel)}`} description={`${formatMinute(String(r.at))} ${String(r.purpose)}`} />
          ))
        )}
      </CellGroup>
      <DataSections data={data} />
      <ConsentPanel />
      <DeletionPanel />
    </PageShell>
  );
}
