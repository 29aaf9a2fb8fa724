import { View } from '@tarojs/components';
import { DELIBERATION_TEXT_LIMITS } from '@linli/shared';
import { useState } from 'react';
import { showError, showSuccess } from '@/components/feedback';
import { Button, TextArea } from '@/components/nut';

interface CommentBoxProps {
  placeholder: string;
  submitText: string;
  send: (body: string) => Promise<unknown>;
  /** After it went through. */
  onSent: () => void;
  onCancel?: () => void;
  className?: string;
}

/** A box to write a comment or a reply (1–500 characters) and send it once. */
export function CommentBox({ placeholder, submitText, send, onSent, onCancel, className }: CommentBoxProps) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit() {
    const text = body.trim();
    if (!text) return showError(null, '请先写下您的看法');
    setBusy(true);
    try {
      await send(text);
      setBody('');
      showSuccess('已发表');
      onSent();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className={`dlp-comment-box ${className ?? ''}`}>
      <TextArea
        className="dlp-box dlp-comment-box__input"
        value={body}
        onChange={setBody}
        placeholder={placeholder}
        maxLength={DELIBERATION_TEXT_LIMITS.comment}
        showCount
        autoSize
      />
      <View className="dlp-comment-box__buttons">
        {onCancel ? (
          <Button size="large" disabled={busy} onClick={onCancel}>
            取消
          </Button>
        ) : null}
        <Button className="dlp-comment-box__send" type="primary" size="large" loading={busy} disabled={busy} onClick={() => void submit()}>
          {submitText}
        </Button>
      </View>
    </View>
  );
}
