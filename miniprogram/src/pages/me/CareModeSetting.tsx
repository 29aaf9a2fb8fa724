import { showError, showSuccess } from '@/components/feedback';
import { Cell, CellGroup, Switch } from '@/components/nut';
import { setCareMode } from '@/services/profile';

/** The 关怀模式 switch: saved on the server, so it follows the user to any phone. */
export function CareModeSetting({ careMode }: { careMode: boolean }) {
  async function change(on: boolean) {
    try {
      await setCareMode(on);
      showSuccess(on ? '已开启关怀模式' : '已关闭关怀模式');
    } catch (error) {
      showError(error);
    }
  }

  return (
    <CellGroup title="设置">
      <Cell
        className="me-care-mode"
        title="关怀模式"
        description="字号更大、颜色更清楚、按钮更好点"
        align="center"
        extra={<Switch checked={careMode} onChange={change} ariaLabel="关怀模式" />}
      />
    </CellGroup>
  );
}
