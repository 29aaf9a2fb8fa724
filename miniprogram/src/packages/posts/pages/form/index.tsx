import { Picker, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { PostKind, POST_LIMITS } from '@linli/shared';
import { useState } from 'react';
import { ChoiceChips, SingleChoiceChips } from '@/components/blocks/ChoiceChips';
import { LoadFailed } from '@/components/blocks/LoadFailed';
import { Loading } from '@/components/blocks/Loading';
import { CommunityBadge } from '@/components/CommunityBadge';
import { showError } from '@/components/feedback';
import { Button, Input, TextArea } from '@/components/nut';
import { PageShell } from '@/components/PageShell';
import { useLoad } from '@/hooks/useLoad';
import { useSubmitOnce } from '@/hooks/useSubmitOnce';
import { availability, shiftTime } from '@/pages/posts/shift-format';
import type { Post } from '@/services/api-types';
import { addShift, createPost, getPost, updatePost } from '@/services/posts';
import { useSession } from '@/state/session';
import { POST_KIND_CHOICES, POST_TYPE_CHOICES, SKILL_CHOICES } from '@/utils/labels';
import { buildPost, emptyValues, FIELD_LABELS, newShiftRow, valuesOf, type PostFormValues, type ShiftRow } from './post-form-values';
import '@/pages/posts/posts.scss';
import '../../posts.scss';

/**
 * 发布岗位 / 编辑岗位 (the secretary, or an approved unit's contact): what, where (an address and a
 * point with a check-in radius), points per hour, required skills, and its shifts — or, for a
 * standing role (认岗), its term. Editing changes the fields and adds shifts; seats and
 * cancellations are on each shift's roster.
 */
export default function PostFormPage() {
  const id = useRouter().params.id;
  const { loaded, reload } = useLoad(() => (id ? getPost(id) : Promise.resolve(null)), [id]);

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
  return (
    <PageShell>
      <PostForm post={loaded.data} />
    </PageShell>
  );
}

function PostForm({ post }: { post: Post | null }) {
  const { community } = useSession();
  const [values, setValues] = useState<PostFormValues>(() => (post ? valuesOf(post) : emptyValues()));
  const { submitting, run } = useSubmitOnce(FIELD_LABELS, 'posts', post ? '已保存' : '已发布');
  const set = (patch: Partial<PostFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const setRow = (key: string, patch: Partial<ShiftRow>) => set({ shifts: values.shifts.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  const standing = values.kind === PostKind.Standing;

  async function locate() {
    try {
      const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' });
      set({ latitude: latitude.toFixed(6), longitude: longitude.toFixed(6) });
    } catch {
      showError(null, '没有取到位置。请允许使用位置，或直接填写经纬度');
    }
  }

  function submit() {
    const built = buildPost(values, !post);
    if (!built.ok) return showError(null, built.problem);
    void run(async () => {
      if (!post) {
        if (!community) throw new Error('no community');
        return createPost(community.id, { ...built.fields, kind: values.kind, shifts: built.shifts });
      }
      await updatePost(post.id, built.fields);
      for (const plan of built.shifts) await addShift(post.id, plan);
    });
  }

  return (
    <View className="pst-form">
      {post ? null : <CommunityBadge />}
      <Field label="岗位名称">
        <Input
          className="pst-title-input pst-box"
          value={values.title}
          onChange={(title) => set({ title })}
          placeholder="例如：周六上午小区环境整治"
          maxLength={POST_LIMITS.titleMax}
        />
      </Field>
      <Field label="岗位类型">
        <SingleChoiceChips className="pst-type-chips" options={POST_TYPE_CHOICES} value={values.type ?? undefined} onChange={(type) => set({ type })} />
      </Field>
      {post ? null : (
        <Field label="岗位性质" help="志愿服务岗按班次认领、签到计时；认岗是一段任期的固定岗位（如楼栋长），不计时。">
          <SingleChoiceChips className="pst-kind-chips" options={POST_KIND_CHOICES} value={values.kind} onChange={(kind) => set({ kind: kind as PostKind })} />
        </Field>
      )}
      <Field label="岗位说明">
        <TextArea
          className="pst-description-input pst-box"
          value={values.description}
          onChange={(description) => set({ description })}
          placeholder="做什么、要带什么、找谁报到"
          maxLength={POST_LIMITS.descriptionMax}
          showCount
          autoSize
        />
      </Field>
      <Field label="地点">
        <Input
          className="pst-address-input pst-box"
          value={values.address}
          onChange={(address) => set({ address })}
          placeholder="例如：3号楼前广场"
          maxLength={POST_LIMITS.addressMax}
        />
      </Field>
      <Field label="签到位置" help="党员在这个点的签到范围内才能定位签到。到岗位现场点「使用当前位置」最准。">
        <Button className="pst-locate" block onClick={() => void locate()}>
          使用当前位置
        </Button>
        <View className="pst-pair">
          <LabeledBox label="纬度">
            <Input
              className="pst-latitude-input pst-box"
              type="digit"
              value={values.latitude}
              onChange={(latitude) => set({ latitude })}
              placeholder="30.5596"
              maxLength={12}
            />
          </LabeledBox>
          <LabeledBox label="经度">
            <Input
              className="pst-longitude-input pst-box"
              type="digit"
              value={values.longitude}
              onChange={(longitude) => set({ longitude })}
              placeholder="114.3733"
              maxLength={12}
            />
          </LabeledBox>
        </View>
        <LabeledBox label="签到范围" unit="米">
          <Input className="pst-radius-input pst-box" type="number" value={values.radius} onChange={(radius) => set({ radius })} maxLength={4} />
        </LabeledBox>
      </Field>
      <Field label="每小时积分" help={standing ? '认岗不计时，一般填 0。' : '社区确认服务时长后，按时长折算积分到账。'}>
        <LabeledBox label="每小时" unit="积分">
          <Input className="pst-points-input pst-box" type="number" value={values.points} onChange={(points) => set({ points })} maxLength={3} />
        </LabeledBox>
      </Field>
      <Field label="专长要求（可不选）" help="选了之后，只有登记了这些专长的党员能认领。">
        <ChoiceChips className="pst-skill-chips" options={SKILL_CHOICES} value={values.skills} onChange={(skills) => set({ skills })} multiple />
      </Field>

      {post ? <ExistingShifts post={post} /> : null}
      {standing ? (
        post ? null : (
          <Field label="任期">
            <View className="pst-pair">
              <DateBox label="开始" value={values.termStart} onChange={(termStart) => set({ termStart })} />
              <DateBox label="结束" value={values.termEnd} onChange={(termEnd) => set({ termEnd })} />
            </View>
            <LabeledBox label="人数" unit="人">
              <Input className="pst-box" type="number" value={values.termCapacity} onChange={(termCapacity) => set({ termCapacity })} maxLength={4} />
            </LabeledBox>
          </Field>
        )
      ) : (
        <Field label={post ? '添加班次' : '班次'} help="每个班次有日期、起止时间和需要的人数；人满后可以候补。">
          {values.shifts.map((row, index) => (
            <View key={row.key} className="pst-shift-row">
              <View className="pst-shift-row__head">
                <Text className="pst-shift-row__title">第 {index + 1} 个班次</Text>
                {values.shifts.length > 1 || post ? (
                  <Text className="pst-shift-row__remove" onClick={() => set({ shifts: values.shifts.filter((r) => r.key !== row.key) })}>
                    删除
                  </Text>
                ) : null}
              </View>
              <DateBox label="日期" value={row.date} onChange={(date) => setRow(row.key, { date })} />
              <View className="pst-pair">
                <TimeBox label="开始" value={row.start} onChange={(start) => setRow(row.key, { start })} />
                <TimeBox label="结束" value={row.end} onChange={(end) => setRow(row.key, { end })} />
              </View>
              <LabeledBox label="人数" unit="人">
                <Input
                  className="pst-capacity-row-input pst-box"
                  type="number"
                  value={row.capacity}
                  onChange={(capacity) => setRow(row.key, { capacity })}
                  maxLength={4}
                />
              </LabeledBox>
            </View>
          ))}
          <Button className="pst-add-shift" block onClick={() => set({ shifts: [...values.shifts, newShiftRow(values.shifts[values.shifts.length - 1])] })}>
            + 再加一个班次
          </Button>
        </Field>
      )}

      <View className="lin-actions">
        <Button className="pst-form-submit" type="primary" size="large" block loading={submitting} disabled={submitting} onClick={submit}>
          {post ? '保存' : '发布岗位'}
        </Button>
      </View>
    </View>
  );
}

function ExistingShifts({ post }: { post: Post }) {
  if (post.shifts.length === 0) return null;
  return (
    <Field label={post.kind === PostKind.Standing ? '任期' : '已有班次'} help="人数和取消班次在各班次的「名单与时长」里修改。">
      {post.shifts.map((shift) => (
        <Text key={shift.id} className="pst-existing">
          {shiftTime(shift, post.kind)} · {availability(shift, post.kind).text}
        </Text>
      ))}
    </Field>
  );
}

function Field({ label, help, children }: { label: string; help?: string; children: React.ReactNode }) {
  return (
    <View className="pst-field">
      <Text className="pst-field__label">{label}</Text>
      {children}
      {help ? <Text className="pst-field__help">{help}</Text> : null}
    </View>
  );
}

function LabeledBox({ label, unit, children }: { label: string; unit?: string; children: React.ReactNode }) {
  return (
    <View className="pst-labeled">
      <Text className="pst-labeled__label">{label}</Text>
      <View className="pst-labeled__box">{children}</View>
      {unit ? <Text className="pst-labeled__unit">{unit}</Text> : null}
    </View>
  );
}

function DateBox({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <LabeledBox label={label}>
      <Picker mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className="pst-picker">{value}</View>
      </Picker>
    </LabeledBox>
  );
}

function TimeBox({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <LabeledBox label={label}>
      <Picker mode="time" value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className="pst-picker">{value}</View>
      </Picker>
    </LabeledBox>
  );
}
