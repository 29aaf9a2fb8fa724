import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { showError, showSuccess } from '@/components/feedback';
import { Cell, CellGroup, Switch } from '@/components/nut';
import { ROUTES } from '@/navigation/routes';
import { setCareMode } from '@/services/profile';

/** 设置: editing the profile and 个人信息 (关怀模式 is at the top of 我的, where an older resident looks first). */
export function SettingsGroup() {
  return (
    <CellGroup title="设置">
      <Cell className="me-edit-profile" title="修改称呼和手机号" extra="去修改" clickable onClick={() => void Taro.navigateTo({ url: ROUTES.profileEdit })} />
      <Cell
        className="me-my-data"
        title="个人信息"
        description="查看、导出、更正、注销；同意与撤回"
        extra="查看"
        clickable
        onClick={() => void Taro.navigateTo({ url: ROUTES.myData })}
      />
    </CellGroup>
  );
}

/** 关怀模式 on its own, right under the name. */
export function CareModeGroup({ careMode }: { careMode: boolean }) {
  return (
    <CellGroup className="me-care-group">
      <CareModeRow careMode={careMode} />
    </CellGroup>
  );
}

/**
 * The 关怀模式 switch, saved on the server so it follows the user to any phone. The whole row
 * toggles it, not just the small switch: those who need this setting most need the biggest target.
 */
export function CareModeRow({ careMode }: { careMode: boolean }) {
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
