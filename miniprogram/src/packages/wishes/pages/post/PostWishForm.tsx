import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  likelySensitiveKinds,
  maskPersonName,
  missingSensitiveConsents,
  SENSITIVE_KIND_LABEL,
  SensitiveKind,
  SubscriptionMoment,
  WISH_DEFAULTS,
} from '@linli/shared';
import { useEffect, useRef, useState } from 'react';
import { showError, showSuccess } from '@/components/feedback';
import { Button, Form, Input, TextArea } from '@/components/nut';
import { useLoad } from '@/hooks/useLoad';
import { ROUTES } from '@/navigation/routes';
import type { Me, MyHousehold, PlaceRef, WishManage } from '@/services/api-types';
import { submissionError } from '@/services/submission-error';
import { getWishSettings } from '@/services/wish-settings';
import { askToSubscribe } from '@/services/subscriptions';
import { postWish } from '@/services/wishes';
import { AgentTarget, type AgentTargetValue } from './AgentTarget';
import { CategoryChips, GenderChips } from './CategoryChips';
import { Chips } from './Chips';
import { MoneyInput } from './MoneyInput';
import { initialPostValues, POST_FIELD_LABELS, postBody, type PostFormValues, type PostMode } from './post-form-values';
import { PrivacyNotice } from './PrivacyNotice';
import { SensitiveConsent } from './SensitiveConsent';
import { StoryPhotos } from './StoryPhotos';
import { useStoryPhotos } from './useStoryPhotos';
import { WantedByPicker } from './WantedByPicker';
import { textRules, WISH_TEXT } from './wish-rules';
import { YUAN_PATTERN, fenToYuan, yuanToFen } from '@/utils/money';

interface PostWishFormProps {
  mode: PostMode;
  me: Me;
  /** Self: the poster's households. */
  households: MyHousehold[];
  /** Agent: the grids the worker is granted. */
  grids: PlaceRef[];
  /** The community the user is looking at: its rules until a household is chosen. */
  communityId: string | null;
  /** Called once the wish exists (the page hides the mode switch). */
  onPosted: () => void;
}

/**
 * The wish form. Sends once however fast the taps come; once the wish exists the form gives way
 * to the photos' upload (each with its state, a failed one can be retried), then the page goes
 * to 我的心愿.
 */
export function PostWishForm({ mode, me, households, grids, communityId, onPosted }: PostWishFormProps) {
  const [form] = Form.useForm();
  const [initialValues] = useState(() => initialPostValues(mode, me, households, grids));
  const photos = useStoryPhotos();
  const [submitting, setSubmitting] = useState(false);
  const [posted, setPosted] = useState<WishManage | null>(null);
  const inFlight = useRef(false);
  const finished = useRef(false);

  const householdId = Form.useWatch('householdId', form) as string | undefined;
  const target = Form.useWatch('target', form) as AgentTargetValue | undefined;
  const gender = Form.useWatch('gender', form) as 'female' | 'male' | undefined;
  const title = Form.useWatch('title', form) as string | undefined;
  const story = Form.useWatch('story', form) as string | undefined;
  const [sensitive, setSensitive] = useState<SensitiveKind[]>([]);
  const likelySensitive = likelySensitiveKinds(title ?? '', story ?? '');

  // The value cap is the household's community's (the user's current one until a household is chosen).
  const ruleCommunity = (mode === 'self' ? households.find((h) => h.householdId === householdId)?.community.id : target?.communityId) ?? communityId;
  const settings = useLoad(() => (ruleCommunity ? getWishSettings(ruleCommunity) : Promise.resolve(null)), [ruleCommunity]);
  const capFen = (settings.loaded.state === 'ready' ? settings.loaded.data?.valueCapFen : undefined) ?? WISH_DEFAULTS.valueCapFen;

  const beneficiaryName = mode === 'self' ? me.displayName : target?.beneficiaryName;
  const maskedName = beneficiaryName ? maskPersonName(beneficiaryName, gender) : null;

  function finish() {
    if (finished.current) return;
    finished.current = true;
    showSuccess('已提交，等待审核');
    setTimeout(() => void Taro.redirectTo({ url: ROUTES.myWishes }), 900);
  }

  // Done once the wish exists and every photo is up (at once when there are none).
  useEffect(() => {
    if (posted && photos.photos.every((p) => p.status === 'uploaded')) finish();
  }, [posted, photos.photos]);

  async function submit(values: PostFormValues) {
    if (inFlight.current) return;
    const missing = missingSensitiveConsents(likelySensitiveKinds(values.title ?? '', values.story ?? ''), sensitive);
    if (missing.length > 0) return showError(null, `请勾选“${SENSITIVE_KIND_LABEL[missing[0]]}”的单独同意，或删去相关内容`);
    inFlight.current = true;
    setSubmitting(true);
    let wish: WishManage;
    try {
      wish = await postWish({ ...postBody(mode, values), sensitiveConsents: sensitive });
    } catch (error) {
      showError(error, submissionError(error, POST_FIELD_LABELS));
      inFlight.current = false; // nothing was created: the form may be sent again
      setSubmitting(false);
      return;
    }
    // The wish exists: never send the form again, whatever happens to the photos.
    setPosted(wish);
    onPosted();
    await photos.uploadAll(wish.id);
  }

  if (posted) {
    const failed = photos.photos.filter((p) => p.status === 'failed').length;
    const uploading = photos.photos.some((p) => p.status === 'uploading' || p.status === 'picked');
    return (
      <View className="wsa-posted">
        <Text className="wsa-posted__title">心愿已提交</Text>
        <Text className="wsa-posted__text">社区书记审核通过后，心愿会出现在心愿墙上。</Text>
        {photos.photos.length > 0 ? (
          <>
            <Text className="wsa-posted__text">
              {uploading ? '正在上传照片，请稍候…' : failed > 0 ? `有 ${failed} 张照片没有传上去，可以点“重新上传”。` : '照片已上传。'}
            </Text>
            <StoryPhotos
              photos={photos.photos}
              room={0}
              editable={false}
              onAdd={() => undefined}
              onRemove={() => undefined}
              onRetry={(key) => void photos.retry(posted.id, key)}
            />
          </>
        ) : null}
        {failed > 0 && !uploading ? (
          <View className="wsa-posted__actions">
            <Button className="wsa-post-finish" block onClick={finish}>
              不传了，去看我的心愿
            </Button>
          </View>
        ) : null}
      </View>
    );
  }

  const householdOptions = households.map((h) => ({ value: h.householdId, label: `${h.building.name} ${h.label}`, hint: h.community.name }));

  return (
    <Form
      className="lin-form wsa-post-form"
      form={form}
      initialValues={initialValues}
      onFinish={(values) => void submit(values as PostFormValues)}
      labelPosition="top"
      footer={
        <View className="lin-form__footer">
          <Text className="lin-note">提交后由社区书记审核，书记可能会删去故事里的隐私信息。通过后心愿才会上墙。</Text>
          {/* Submits through the form instance: a native submit button does not reach the form on H5. */}
          <Button
            className="wsa-post-submit"
            type="primary"
            size="large"
            block
            loading={submitting}
            disabled={submitting}
            onClick={() => void askToSubscribe(SubscriptionMoment.WishPosted).then(() => form.submit())}
          >
            提交心愿
          </Button>
        </View>
      }
    >
      <PrivacyNotice agent={mode === 'agent'} />
      {mode === 'agent' ? (
        <>
          <Form.Item
            label="为哪位居民许愿"
            name="target"
            // Checked on 提交 only: a half-made choice is not an error while the steps are being tapped.
            validateTrigger={[]}
            rules={[{ required: true, message: '请选到具体的居民', validator: (_rule: unknown, value?: AgentTargetValue) => !!value?.beneficiaryUserId }]}
          >
            <AgentTarget grids={grids} />
          </Form.Item>
          <Form.Item label="居民是怎么同意的" name="consentNote" rules={textRules(WISH_TEXT.consentMin, WISH_TEXT.consentMax, '同意记录')}>
            <TextArea
              className="wsa-box wsa-consent-input"
              placeholder="如：2026-11-20 上门征得本人同意，其女儿在场"
              maxLength={WISH_TEXT.consentMax}
              showCount
              autoSize
            />
          </Form.Item>
        </>
      ) : (
        <Form.Item label="住在哪里" name="householdId" rules={[{ required: true, message: '请选择住户' }]}>
          <Chips className="wsa-household" options={householdOptions} />
        </Form.Item>
      )}
      <Form.Item label="心愿标题" name="title" rules={textRules(WISH_TEXT.titleMin, WISH_TEXT.titleMax, '心愿标题')}>
        <Input className="wsa-box wsa-title-input" placeholder="如：想要一个新书包" maxLength={WISH_TEXT.titleMax} />
      </Form.Item>
      <Form.Item label="心愿故事" name="story" rules={textRules(WISH_TEXT.storyMin, WISH_TEXT.storyMax, '心愿故事')}>
        <TextArea
          className="wsa-box wsa-story-input"
          placeholder="为什么需要、家里是什么情况。请不要写手机号和门牌号。"
          maxLength={WISH_TEXT.storyMax}
          showCount
          autoSize
        />
      </Form.Item>
      <SensitiveConsent likely={likelySensitive} ticked={sensitive} agent={mode === 'agent'} onChange={setSensitive} />
      <Form.Item label="类别" name="category" rules={[{ required: true, message: '请选择类别' }]}>
        <CategoryChips />
      </Form.Item>
      <Form.Item
        label={`估计价值（不超过 ${fenToYuan(capFen)} 元）`}
        name="valueYuan"
        rules={[
          { required: true, message: '请填写估计价值，服务类可填 0' },
          { pattern: YUAN_PATTERN, message: '请填写金额，如 150 或 12.5' },
          {
            message: `本社区每个心愿不超过 ${fenToYuan(capFen)} 元`,
            validator: (_rule: unknown, value?: string) => !value || !YUAN_PATTERN.test(value) || yuanToFen(value) <= capFen,
          },
        ]}
      >
        <MoneyInput />
      </Form.Item>
      <Form.Item label="希望在哪天前完成" name="wantedBy" rules={[{ required: true, message: '请选择日期' }]}>
        <WantedByPicker />
      </Form.Item>
      <Form.Item label="墙上怎么称呼（可不选）" name="gender">
        <GenderChips />
      </Form.Item>
      {maskedName ? <Text className="lin-note wsa-masked-preview">心愿墙上显示为：{maskedName}</Text> : null}
      <Form.Item label="照片（可不传）">
        <StoryPhotos photos={photos.photos} room={photos.room} editable onAdd={() => void photos.add()} onRemove={photos.remove} onRetry={() => undefined} />
      </Form.Item>
    </Form>
  );
}
