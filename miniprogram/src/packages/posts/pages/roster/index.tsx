import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { PostKind, POST_DEFAULTS, shiftMinutes } from '@linli/shared';
import { useState } from 'react';
import { ConfirmButton } from '@/components/blocks/ConfirmButton';
import { InfoCard, InfoRow } from '@/components/blocks/InfoCard';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { showError, showSuccess } from '@/components/feedback';
import { Button, Input } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES, withQuery } from '@/navigation/routes';
import { availability, minutesLabel, shiftTime, spanOf } from '@/pages/posts/shift-format';
import type { ShiftClaim, ShiftRoster } from '@/services/api-types';
import { cancelShift, confirmAllHours, confirmHours, removeClaim, shiftRoster, updateShift } from '@/services/posts';
import { useCommunityRoles } from '@/state/community-roles';
import { formatMinute } from '@/utils/dates';
import { shiftClaimStatusLabel } from '@/utils/labels';
import { ReasonForm } from '@/components/blocks/ReasonForm';
import '@/pages/posts/posts.scss';
import '../../posts.scss';

/** Claims the secretary can still remove: seat holders and the waiting list, before hours are confirmed. */
const REMOVABLE = ['waiting', 'confirmed', 'checked_in', 'checked_out', 'no_show'];
/** Claims whose hours can be set by hand: forgotten check-out, broken phone, no-show who did come. */
const ADJUSTABLE = ['checked_in', 'checked_out', 'no_show'];

/**
 * 名单与时长: who holds a seat, the waiting list in order, and past claims. The post's managers show
 * the check-in code, change the number of seats, cancel the shift; the secretary removes a member
 * with a reason and confirms hours (all at once, or one member's, adjusted with a reason).
 */
export default function ShiftRosterPage() {
  const id = useRouter().params.id ?? '';
  const { loaded, reload, replace } = useLoad(() => shiftRoster(id), [id], { reloadOnReturn: true });
  const { isSecretary } = useCommunityRoles();

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

  const roster = loaded.data;
  const { shift, post } = roster;
  const span = spanOf(shift);
  const now = Date.now();
  const open = shift.status === 'open';
  const isShift = post.kind === PostKind.Shift;
  const checkedOut = roster.claims.filter((c) => c.status === 'checked_out');
  const again = () => void reload();

  return (
    <PageShell>
      <InfoCard className="pst-roster-head" title={post.title} extra={<Text className="pst-type">{rosterStateLabel(open, span, now)}</Text>}>
        <InfoRow label="时间" value={shiftTime(shift, post.kind)} />
        <InfoRow label="地点" value={post.place.address} />
        <InfoRow label="人数" value={availability(shift, post.kind).text} />
        <InfoRow label="积分" value={post.pointsPerHour > 0 ? `每小时 ${post.pointsPerHour} 积分` : null} />
      </InfoCard>

      {isShift && open && span.endsAt > now ? (
        <View className="lin-actions">
          <Button
            className="pst-open-code"
            type="primary"
            size="large"
            block
            onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.shiftCode, { id: shift.id }) })}
          >
            显示签到码
          </Button>
        </View>
      ) : null}
      {isSecretary && isShift && checkedOut.length > 0 ? (
        <ConfirmButton
          className="pst-confirm-all"
          primary
          label={`确认全部时长（${checkedOut.length} 人已签退）`}
          title="确认时长"
          body={`按签到、签退时间为 ${checkedOut.length} 位已签退的党员确认服务时长，积分随即到账，确认后不能再改。时长不对的，请先单独调整。`}
          confirmText="确认"
          done="时长已确认，积分已到账"
          run={async () => replace(await confirmAllHours(shift.id))}
          onDone={again}
        />
      ) : null}
      {open ? <ShiftSettings roster={roster} onChanged={replace} /> : null}

      <Text className="pst-section pst-section--page">名单（{roster.claims.length} 人）</Text>
      {roster.claims.length === 0 ? <Text className="lin-note">还没有人认领这个班次。</Text> : null}
      {roster.claims.map((claim) => (
        <ClaimRow
          key={claim.id}
          claim={claim}
          shiftMinutesMax={shiftMinutes(span.startsAt, span.endsAt)}
          isSecretary={isSecretary}
          isShift={isShift}
          onDone={again}
        />
      ))}
    </PageShell>
  );
}

/** Where the shift stands in time: an open shift is 进行中 only between its start and its end. */
function rosterStateLabel(open: boolean, span: { startsAt: number; endsAt: number }, now: number): string {
  if (!open) return '已取消';
  if (now < span.startsAt) return '未开始';
  return now < span.endsAt ? '进行中' : '已结束';
}

/** 修改人数 and 取消班次, each opened on demand. */
function ShiftSettings({ roster, onChanged }: { roster: ShiftRoster; onChanged: (roster: ShiftRoster) => void }) {
  const { shift } = roster;
  const [editing, setEditing] = useState<'capacity' | 'cancel' | null>(null);
  const [capacity, setCapacity] = useState(String(shift.capacity));
  const [busy, setBusy] = useState(false);
  const started = new Date(shift.startsAt).getTime() <= Date.now();

  async function saveCapacity() {
    const value = Number(capacity);
    if (!Number.isInteger(value) || value < 1 || value > POST_DEFAULTS.maxCapacity)
      return showError(null, `人数应为 1 到 ${POST_DEFAULTS.maxCapacity} 之间的整数`);
    if (value < shift.taken) return showError(null, `已有 ${shift.taken} 人认领，人数不能少于 ${shift.taken}`);
    setBusy(true);
    try {
      const post = await updateShift(shift.id, { capacity: value });
      const updated = post.shifts.find((s) => s.id === shift.id);
      if (updated) onChanged({ ...roster, shift: updated });
      showSuccess(value > shift.capacity && shift.waiting > 0 ? '已修改，候补的党员已按顺序递补' : '人数已修改');
      setEditing(null);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  if (editing === 'capacity') {
    return (
      <View className="lin-decision lin-decision--rejecting pst-capacity">
        <Text className="lin-decision__label">
          需要多少人（现有 {shift.taken} 人认领{shift.waiting > 0 ? `，${shift.waiting} 人候补；增加名额会按顺序递补` : ''}）
        </Text>
        <Input className="pst-capacity-input pst-box" type="number" value={capacity} onChange={(value) => setCapacity(value)} maxLength={4} />
        <View className="lin-decision__buttons">
          <Button size="large" disabled={busy} onClick={() => setEditing(null)}>
            取消
          </Button>
          <Button className="pst-capacity-save" type="primary" size="large" loading={busy} disabled={busy} onClick={() => void saveCapacity()}>
            保存人数
          </Button>
        </View>
      </View>
    );
  }
  if (editing === 'cancel') {
    return (
      <ReasonForm
        className="pst-cancel-shift-form"
        label="取消班次的原因（已认领和候补的党员都会收到）"
        placeholder="例如：明天有大雨，活动改期"
        submitText="确认取消班次"
        onCancel={() => setEditing(null)}
        onSubmit={async (reason) => {
          try {
            const post = await cancelShift(shift.id, reason);
            const updated = post.shifts.find((s) => s.id === shift.id);
            if (updated) onChanged({ ...roster, shift: updated });
            showSuccess('班次已取消');
            return true;
          } catch (error) {
            showError(error);
            return false;
          }
        }}
      />
    );
  }
  return (
    <View className="lin-decision__buttons pst-settings">
      <Button className="pst-change-capacity" size="large" onClick={() => setEditing('capacity')}>
        修改人数
      </Button>
      {!started ? (
        <Button className="pst-cancel-shift" size="large" onClick={() => setEditing('cancel')}>
          取消班次
        </Button>
      ) : null}
    </View>
  );
}

function ClaimRow({
  claim,
  shiftMinutesMax,
  isSecretary,
  isShift,
  onDone,
}: {
  claim: ShiftClaim;
  shiftMinutesMax: number;
  isSecretary: boolean;
  isShift: boolean;
  onDone: () => void;
}) {
  const [editing, setEditing] = useState<'hours' | 'remove' | null>(null);
  const [minutes, setMinutes] = useState(String(claim.servedMinutes ?? shiftMinutesMax));
  const status = claim.status === 'waiting' && claim.waitingPosition ? `候补第 ${claim.waitingPosition} 位` : shiftClaimStatusLabel(claim.status);
  const method = claim.checkInMethod === 'location' ? '（定位）' : claim.checkInMethod === 'qr' ? '（扫码）' : '';

  async function adjust(reason: string): Promise<boolean> {
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < 0 || value > shiftMinutesMax) {
      showError(null, `时长应为 0 到 ${shiftMinutesMax} 之间的整数（分钟）`);
      return false;
    }
    try {
      await confirmHours(claim.id, value === claim.servedMinutes && claim.status === 'checked_out' && !reason ? {} : { minutes: value, reason });
      showSuccess('时长已确认，积分已到账');
      onDone();
      return true;
    } catch (error) {
      showError(error);
      return false;
    }
  }

  return (
    <View className="pst-roster-item">
      <View className="pst-panel__head">
        <Text className="pst-roster-item__name">{claim.memberName}</Text>
        <Text className={`pst-mine pst-mine--${claim.status} pst-roster-item__status`}>{status}</Text>
      </View>
      <InfoRow label="签到" value={claim.checkedInAt ? `${formatMinute(claim.checkedInAt)}${method}` : null} />
      <InfoRow label="签退" value={claim.checkedOutAt ? formatMinute(claim.checkedOutAt) : null} />
      <InfoRow label="签到时长" value={minutesLabel(claim.servedMinutes)} />
      <InfoRow label="确认时长" value={minutesLabel(claim.confirmedMinutes)} />
      <InfoRow label="积分" value={claim.points !== null ? `${claim.points} 分` : null} />
      <InfoRow label="备注" value={claim.note} />

      {editing === 'hours' ? (
        <ReasonForm
          className="pst-hours-form"
          label={claim.status === 'checked_out' ? '调整原因（时长与签到签退不同时必填）' : '补记原因（必填）'}
          placeholder="例如：提前到场布置，签到时手机没电"
          submitText="确认时长"
          required={claim.status !== 'checked_out'}
          onCancel={() => setEditing(null)}
          onSubmit={adjust}
        >
          <Text className="lin-decision__label">服务时长（分钟，最多 {shiftMinutesMax}）</Text>
          <Input className="pst-minutes-input pst-box" type="number" value={minutes} onChange={(value) => setMinutes(value)} maxLength={4} />
        </ReasonForm>
      ) : null}
      {editing === 'remove' ? (
        <ReasonForm
          className="pst-remove-form"
          label={`把${claim.memberName}移出这个班次的原因（本人会看到）`}
          placeholder="例如：本人电话告知不能到岗"
          submitText="确认移出"
          onCancel={() => setEditing(null)}
          onSubmit={async (reason) => {
            try {
              await removeClaim(claim.id, reason);
              showSuccess('已移出，候补的党员已递补');
              onDone();
              return true;
            } catch (error) {
              showError(error);
              return false;
            }
          }}
        />
      ) : null}
      {isSecretary && !editing ? (
        <View className="pst-roster-item__actions">
          {isShift && ADJUSTABLE.includes(claim.status) ? (
            <Button className="pst-hours-button" size="large" type={claim.status === 'checked_out' ? 'primary' : 'default'} onClick={() => setEditing('hours')}>
              {claim.status === 'checked_out' ? '确认时长' : '补记时长'}
            </Button>
          ) : null}
          {REMOVABLE.includes(claim.status) ? (
            <Button className="pst-remove" size="large" onClick={() => setEditing('remove')}>
              移出
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
