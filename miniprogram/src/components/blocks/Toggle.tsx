import { View } from '@tarojs/components';

interface ToggleProps {
  label: string;
  on: boolean;
  onClick: () => void;
  /** Smaller, for a wrapping row of many (the wall's filters). */
  compact?: boolean;
  className?: string;
}

/** A filter that is on or off, as a rounded chip; rows of them choose what a list shows. */
export function Toggle({ label, on, onClick, compact = false, className }: ToggleProps) {
  const classes = ['lin-toggle', compact ? 'lin-toggle--compact' : '', on ? 'lin-toggle--on' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <View role="button" tabIndex={0} aria-pressed={on} className={classes} onClick={onClick}>
      {label}
    </View>
  );
}
