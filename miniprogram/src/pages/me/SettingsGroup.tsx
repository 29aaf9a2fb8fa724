import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { showError, showSuccess } from '@/components/feedback';
import { Cell, CellGroup, Switch } from '@/components/nut';
import { ROUTES } from '@/navigation/routes';
import { setCareMode } from '@/services/profile';

/** 设置: care mode and editing the profile. */
export function SettingsGroup({ careMode }: { careMode: boolean }) {
  return (
    <CellGroup title="设置">
      <CareModeRow careMode={careMode} />
      <Cell className="me-edit-profile" title="修改称呼和手机号" extra="去修改" clickable onClick={() => void Taro.navigateTo({ url: ROUTES.profileEdit })} />
    </CellGroup>
  );
}

/**
 * The 关怀模式 switch, saved on the server so it follows the user to any phone. The whole row
 * toggles it, not just the small switch: those who need this setting most need the biggest target.
 */
function CareModeRow({ careMode }: { careMode: boolean }) {
  async function change(on: boolean) {
    try {
      await setCareMode(on);
      showSuccess(on ? '已开启关怀模式' : '已关闭关怀模式');
    } catch (error) {
      showError(error);
    }
  }

  return (
    <Cell
      className="me-care-mode"
      title="关怀模式"
      description="大字体、高对比、大按钮"
      align="center"
      clickable
      onClick={() => void change(!careMode)}
      extra={
        // A tap on the switch is handled by the switch; keep it from reaching the row as well.
        <View onClick={(e) => e.stopPropagation()}>
          <Switch checked={careMode} onChange={(on) => void change(on)} ariaLabel="关怀模式" />
        </View>
      }
    />
  );
}
