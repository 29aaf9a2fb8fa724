import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { InfoCard } from '@/components/blocks/InfoCard';
import { Button, Input, TextArea } from '@/components/nut';
import { textProblem, WISH_TEXT } from '../post/wish-rules';
import { MarkedText } from './MarkedText';
import { describeMatches } from '@linli/shared';

export interface PublicText {
  title: string;
  story: string;
}

interface PublicContentProps {
  /** As the poster wrote it. */
  original: PublicText;
  /** As it will go on the wall (the secretary's edits, if any). */
  value: PublicText;
  onChange: (value: PublicText) => void;
  /** The beneficiary's full name, looked for in the text. */
  fullName: string;
  /** Still waiting for review: the text may be edited. */
  editable: boolean;
}

/** Problems of the edited text (too short, too long), or null. */
export function publicTextProblem(value: PublicText): string | null {
  return textProblem(value.title, WISH_TEXT.titleMin, WISH_TEXT.titleMax, '标题') ?? textProblem(value.story, WISH_TEXT.storyMin, WISH_TEXT.storyMax, '故事');
}

/**
 * What the wall will show: the title and story, with possible private details marked and listed.
 * While the wish waits for review the secretary edits them here; the edits are saved with 通过.
 */
export function PublicContent({ original, value, onChange, fullName, editable }: PublicContentProps) {
  const [editing, setEditing] = useState(false);
  const hints = describeMatches([value.title, value.story], fullName);
  const edited = value.title.trim() !== original.title || value.story.trim() !== original.story;
  const problem = publicTextProblem(value);

  return (
    <InfoCard className="wsa-public" title="上墙内容（大家都能看到）">
      {hints.length > 0 ? (
        <View className="wsa-notice wsa-notice--warning wsa-privacy-hint">
          <Text className="wsa-notice__title">可能有隐私信息，请删去或改写</Text>
          {hints.map((line) => (
            <Text key={line} className="wsa-notice__line">
              {line}
            </Text>
          ))}
        </View>
      ) : null}

      {editing ? (
        <>
          <Text className="wsa-public__label">标题</Text>
          <Input className="wsa-box wsa-edit-title" value={value.title} maxLength={WISH_TEXT.titleMax} onChange={(title) => onChange({ ...value, title })} />
          <Text className="wsa-public__label">故事</Text>
          <TextArea
            className="wsa-box wsa-edit-story"
            value={value.story}
            maxLength={WISH_TEXT.storyMax}
            showCount
            autoSize
            onChange={(story) => onChange({ ...value, story })}
          />
          {problem ? <Text className="wsa-help wsa-help--error">{problem}</Text> : null}
          <View className="wsa-public__buttons">
            <Button className="wsa-edit-reset" disabled={!edited} onClick={() => onChange(original)}>
              恢复原文
            </Button>
            <Button className="wsa-edit-done" type="primary" disabled={!!problem} onClick={() => setEditing(false)}>
              改好了
            </Button>
          </View>
        </>
      ) : (
        <>
          <Text className="wsa-public__label">标题</Text>
          <MarkedText className="wsa-public__title" text={value.title} fullName={fullName} />
          <Text className="wsa-public__label">故事</Text>
          <MarkedText className="wsa-public__story" text={value.story} fullName={fullName} />
          {edited ? <Text className="wsa-public__edited">已修改，点“通过”时一并保存。</Text> : null}
          {editable ? (
            <View className="wsa-public__buttons">
              <Button className="wsa-edit-content" onClick={() => setEditing(true)}>
                修改标题和故事
              </Button>
            </View>
          ) : null}
        </>
      )}
    </InfoCard>
  );
}
