import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ROUTES, withQuery } from '@/navigation/routes';
import type { AuditEntry } from '@/services/api-types';
import { formatMinute } from '@/utils/dates';
import { readableChange } from '@linli/shared';

const SIDE_TITLES = { change: '内容（之前 → 之后）', before: '之前', after: '记录内容', none: '' };

/** What an entry was about, in words, and the page that shows it where there is one. */
const TARGETS: Record<string, { label: string; page?: string }> = {
  wish: { label: '心愿', page: ROUTES.wishDetail },
  wish_photo: { label: '心愿照片' },
  member_registration: { label: '党员报到', page: ROUTES.memberReview },
  unit_registration: { label: '单位报到', page: ROUTES.unitReview },
  post: { label: '先锋岗', page: ROUTES.postDetail },
  post_shift: { label: '班次', page: ROUTES.shiftRoster },
  shift_claim: { label: '班次认领' },
  topic: { label: '议题', page: ROUTES.topicDetail },
  topic_comment: { label: '评论' },
  ballot: { label: '表决', page: ROUTES.ballotDetail },
  decision: { label: '清单事项', page: ROUTES.decisionDetail },
  points_entry: { label: '积分记录' },
  community: { label: '社区' },
  user: { label: '用户' },
};

interface AuditEntryCardProps {
  entry: AuditEntry;
  /** Shows only what this person did (a tap on their name). */
  onActor: (actor: { id: string; name: string }) => void;
  /** The place is named only where several are listed (a street). */
  showPlace: boolean;
}

/** Who did what and when; a tap opens what was recorded, as readable lines. */
export function AuditEntryCard({ entry, onActor, showPlace }: AuditEntryCardProps) {
  const [open, setOpen] = useState(false);
  const change = open ? readableChange(entry.before, entry.after) : null;
  return (
    <View className="wbk-audit" onClick={() => setOpen(!open)}>
      <View className="wbk-audit__head">
        <Text className="wbk-audit__action">{entry.targetLabel ? `${entry.actionLabel} ${entry.targetLabel}` : entry.actionLabel}</Text>
        <Text className="wbk-audit__toggle">{open ? '收起' : '详情'}</Text>
      </View>
      <View className="wbk-audit__meta">
        {entry.actorId && entry.actorName ? (
          <Text
            className="wbk-audit__actor lin-tap-inline"
            onClick={(e) => {
              e.stopPropagation();
              onActor({ id: entry.actorId!, name: entry.actorName! });
            }}
          >
            {entry.actorName}
          </Text>
        ) : (
          <Text className="wbk-audit__actor wbk-audit__actor--system">系统</Text>
        )}
        <Text className="wbk-audit__meta-part">{formatMinute(entry.at)}</Text>
        {showPlace && entry.placeName ? <Text className="wbk-audit__meta-part">{entry.placeName}</Text> : null}
      </View>
      {change ? (
        <View className="wbk-audit__details">
          {change.side === 'none' ? (
            <Text className="wbk-audit__line">没有记录更多内容。</Text>
          ) : (
            <Text className="wbk-audit__side">{SIDE_TITLES[change.side]}</Text>
          )}
          {change.lines.map((line) => (
            <Text key={line} className="wbk-audit__line">
              {line}
            </Text>
          ))}
          <TargetLine type={entry.targetType} id={entry.targetId} label={entry.targetLabel} />
        </View>
      ) : null}
    </View>
  );
}

function TargetLine({ type, id, label }: { type: string; id: string; label: string | null }) {
  const target = TARGETS[type];
  const page = target?.page;
  const kind = target?.label ?? '其他';
  return (
    <View className="wbk-audit__target">
      <Text className="wbk-audit__side">{label ? `对象：${kind} ${label}` : `对象：${kind}`}</Text>
      {page ? (
        <Text
          className="wbk-audit__open wbk-link lin-tap-inline"
          onClick={(e) => {
            e.stopPropagation();
            void Taro.navigateTo({ url: withQuery(page, { id }) });
          }}
        >
          查看 ›
        </Text>
      ) : null}
    </View>
  );
}
