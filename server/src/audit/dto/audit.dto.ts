import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuditEntryView, AuditPageView } from '@linli/shared';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsCalendarDay } from '../../common/validation/dates';
import { PageQueryDto } from '../../common/http/page';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only what this person did' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  actorId?: string;

  @ApiPropertyOptional({ description: 'An action ("wish.approve") or an area ("wish")', example: 'wish' })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]+)*$/, { message: '操作类型格式不正确' })
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional({ description: 'First day, YYYY-MM-DD (Asia/Shanghai), inclusive' })
  @IsOptional()
  @IsCalendarDay()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day, YYYY-MM-DD (Asia/Shanghai), inclusive' })
  @IsOptional()
  @IsCalendarDay()
  to?: string;
}

export class AuditEntryDto implements AuditEntryView {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty() action: string;
  @ApiProperty() actionLabel: string;
  @ApiProperty() targetType: string;
  @ApiProperty() targetId: string;
  @ApiProperty({ type: String, nullable: true, description: 'What was acted on, in words (「wish title」, 黄磊的党员报到, a name)' })
  targetLabel: string | null;
  @ApiProperty({ type: String, nullable: true }) placeId: string | null;
  @ApiProperty({ type: String, nullable: true }) placeName: string | null;
  @ApiProperty({ type: Object, nullable: true, description: 'The state before, as recorded' }) before: unknown;
  @ApiProperty({ type: Object, nullable: true, description: 'The state after, as recorded' }) after: unknown;
}

export class AuditPageDto implements AuditPageView {
  @ApiProperty({ type: [AuditEntryDto], description: 'Newest first' }) items: AuditEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
