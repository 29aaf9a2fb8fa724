import { View } from '@tarojs/components';
import type { SubscriptionMoment } from '@linli/shared';
import { useState, type ReactNode } from 'react';
import { showError, showSuccess } from '@/components/feedback';
import { Button, Dialog } from '@/components/nut';
import { askToSubscribe } from '@/services/subscriptions';

interface ConfirmButtonProps {
  label: string;
  /** The dialog: its title, what happens, and the word on its confirming button. */
  title: string;
  body: ReactNode;
  confirmText: string;
  /** Shown when `run` succeeded. */
  done: string;
  run: () => Promise<unknown>;
  /** After success, and after a refusal too (someone else acted first): show the current state. */
  onDone: () => void;
  /** Ask to allow WeChat pushes of what this action leads to, before running it. */
  subscribe?: SubscriptionMoment;
  primary?: boolean;
  /** Inside a card (its own spacing) rather than under one. */
  inCard?: boolean;
  className?: string;
}

/** A button whose action asks first (认领, 撤回, 放弃认领), runs once, and says how it went. */
export function ConfirmButton({
  label,
  title,
  body,
  confirmText,
  done,
  run,
  onDone,
  subscribe,
  primary = false,
  inCard = false,
  className,
}: ConfirmButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    // WeChat shows its prompt only inside the tap: asked before anything is awaited.
    const asked = subscribe ? askToSubscribe(subscribe) : Promise.resolve();
    setConfirming(false);
    setBusy(true);
    try {
      await asked;
      await run();
      showSuccess(done);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
      onDone();
    }
  }

  return (
    <View className={`${inCard ? 'lin-card__actions' : 'lin-confirm-button'} ${className ?? ''}`}>
      <Button
        block
        size={inCard ? 'normal' : 'large'}
        type={primary ? 'primary' : 'default'}
        loading={busy}
        disabled={busy}
        onClick={() => setConfirming(true)}
      >
        {label}
      </Button>
      <Dialog
        visible={confirming}
        title={title}
        confirmText={confirmText}
        cancelText="再想想"
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      >
        {body}
      </Dialog>
    </View>
  );
}
