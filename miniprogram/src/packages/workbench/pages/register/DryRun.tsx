import { Text, View } from '@tarojs/components';
import type { RegisterDryRunView } from '@linli/shared';
import { Toggle } from '@/components/blocks/Toggle';
import { Button } from '@/components/nut';

interface DryRunProps {
  view: RegisterDryRunView;
  ticked: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onConfirm: () => void;
  confirming: boolean;
}

/** The dry run of an upload: counts, what would be added and changed, and the removals to tick. */
export function DryRun({ view, ticked, onToggle, onConfirm, confirming }: DryRunProps) {
  const { counts } = view;
  return (
    <View className="wbk-register-dry-run">
      <Text className="wbk-section">预览（尚未导入）</Text>
      <Text className="lin-note wbk-register-counts">{`${view.rows} 行，${view.flats} 户，${view.people} 位住户：新增 ${counts.add} 户，修改 ${counts.change} 户，不变 ${counts.unchanged} 户；新表中没有的 ${counts.removable} 项`}</Text>
      {view.adds.length ? (
        <Text className="lin-note">{`新增：${view.adds.map((a) => `${a.building} ${a.label}`).join('、')}${counts.add > view.adds.length ? ' 等' : ''}`}</Text>
      ) : null}
      {view.changes.map((c) => (
        <Text key={`${c.building} ${c.label}`} className="lin-note wbk-register-change">{`${c.building} ${c.label}：${c.changes.join('；')}`}</Text>
      ))}
      {view.removals.length ? (
        <>
          <Text className="wbk-section">新表中没有的（勾选后才会删除）</Text>
          <View className="wbk-filters">
            {view.removals.map((r) => (
              <Toggle
                key={r.key}
                compact
                className="wbk-register-removal"
                label={r.kind === 'flat' ? `房屋 ${r.building} ${r.label}` : `住户 ${r.name}（${r.building} ${r.label}）`}
                on={ticked.has(r.key)}
                onClick={() => onToggle(r.key)}
              />
            ))}
          </View>
        </>
      ) : null}
      <View className="lin-actions">
        <Button className="wbk-register-confirm" type="primary" size="large" block loading={confirming} disabled={confirming} onClick={onConfirm}>
          {ticked.size ? `确认导入（并删除勾选的 ${ticked.size} 项）` : '确认导入'}
        </Button>
      </View>
    </View>
  );
}
