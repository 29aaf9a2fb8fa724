import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CATALOG, ErrorBody, ErrorCode } from '@linli/shared';

/** The body of every failing response, documented once for the OpenAPI document. */
export class ErrorBodyDto implements ErrorBody {
  @ApiProperty({ enum: Object.keys(ERROR_CATALOG), example: 'VALIDATION_FAILED' })
  code: ErrorCode;

  @ApiProperty({ example: '提交的内容有误，请检查后重试' })
  message: string;

  @ApiPropertyOptional({ description: 'For VALIDATION_FAILED: [{field, rule, message}]' })
  details?: unknown;
}
