import { EmptyState } from '@/components/EmptyState';
import { Button } from '@/components/nut';
import { errorMessage } from '@/services/api-error';

/** A page whose data could not be loaded: the server's reason and a way to try again. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <EmptyState title="加载失败" description={errorMessage(error)}>
      <Button block onClick={onRetry}>
        重新加载
      </Button>
    </EmptyState>
  );
}
