import { ApiProperty } from '@nestjs/swagger';
import { LIMITS } from '@linli/shared';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** A decision that must say why (a rejection, a removal): the reason is shown to the person affected. */
export class ReasonDto {
  @ApiProperty({ minLength: LIMITS.reasonMin, maxLength: LIMITS.reasonMax, example: '所填信息与登记信息不符' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(LIMITS.reasonMin)
  @MaxLength(LIMITS.reasonMax)
  reason: string;
}
