import { ApiPropertyOptional } from '@nestjs/swagger';
import { LIMITS } from '@linli/shared';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from '../errors/domain-error';

/** ?cursor=&limit= for every list that grows. Keyset, never offset. */
export class PageQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: LIMITS.pageSizeMax, default: LIMITS.pageSizeDefault })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit?: number;
}

/** Cursors are opaque to clients: base64url of the last row's sort key. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (key.length === 0 || key.length > 100)
    throw new DomainError(
      'VALIDATION_FAILED',
      [{ field: 'cursor', rule: 'cursor', message: 'cursor：无效的翻页位置' }],
      '提交的内容有误：cursor：无效的翻页位置',
    );
  return key;
}

/** Given limit+1 rows, returns the page and the cursor of its last row when more follow. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => string): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit && items.length > 0 ? encodeCursor(keyOf(items[items.length - 1])) : null;
  return { items, nextCursor };
}
