import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { showSuccess } from '@/components/feedback';
import { Button, Dialog, Input } from '@/components/nut';
import { errorMessage } from '@/services/api-error';
import { logout } from '@/services/auth';
import { deleteMyAccount } from '@/services/my-data';

const WORDS = '确认注销';

/**
 * 注销账号 (PIPL Art. 47). The person types 确认注销, since it cannot be undone; the server
 * refuses while something live depends on the account, and its reason stays on the page.
 */
export function DeletionPanel() {
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setRefusal(null);
    try {
      await deleteMyAccount(typed.trim());
      setAsking(false);
      showSuccess('账号已注销');
      setTimeout(logout, 1000);
    } catch (error) {
      setAsking(false);
      setRefusal(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="my-data__deletion">
      {refusal ? <Text className="lin-note my-data__refusal">{refusal}</Text> : null}
      <Button block className="my-data__delete" onClick={() => (setTyped(''), setAsking(true))}>
        注销账号
      </Button>
      <Dialog
        visible={asking}
        title="注销账号"
        confirmText="注销"
        cancelText="取消"
        disableConfirmButton={typed.trim() !== WORDS || busy}
        onConfirm={() => void remove()}
        onCancel={() => setAsking(false)}
        onClose={() => setAsking(false)}
      >
        <View>
          <Text className="my-data__warning">
            注销后您的姓名、手机号、住户和角色将被删除，无法恢复；已圆梦的心愿、积分和计票以“已注销用户”保留。请输入“{WORDS}”：
          </Text>
          <Input className="my-data__confirm-input" value={typed} onChange={setTyped} placeholder={WORDS} maxLength={8} />
        </View>
      </Dialog>
    </View>
  );
}
