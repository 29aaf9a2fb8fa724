import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BulkApprovalResultView, BulkApprovalView, QueueCountsView, QueueItemView, QueueKind, QueuePageView, QUEUE_LIMITS } from '@linli/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../common/http/page';

export class QueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: QueueKind, enumName: 'QueueKind', description: 'Only this kind of work' })
  @IsOptional()
  @IsEnum(QueueKind)
  kind?: QueueKind;
}

export class QueueItemRefDto {
  @ApiProperty({ enum: QueueKind, enumName: 'QueueKind' })
  @IsEnum(QueueKind)
  kind: QueueKind;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  id: string;
}

export class BulkApproveDto {
  @ApiProperty({ type: [QueueItemRefDto], minItems: 1, maxItems: QUEUE_LIMITS.bulkMax })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(QUEUE_LIMITS.bulkMax)
  // Each item an object: ValidateNested alone lets a list inside the list through, with no rule checked.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => QueueItemRefDto)
  items: QueueItemRefDto[];
}

export class QueueItemDto implements QueueItemView {
  @ApiProperty({ enum: QueueKind, enumName: 'QueueKind' }) kind: QueueKind;
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true, description: 'The shift (hours) or topic (reported comment) whose page handles it' }) parentId: string | null;
  @ApiProperty() title: string;
  @ApiProperty() detail: string;
  @ApiProperty({ format: 'date-time' }) waitingSince: string;
  @ApiProperty() bulkApprovable: boolean;
}

export class QueuePageDto implements QueuePageView {
  @ApiProperty({ type: [QueueItemDto], description: 'Oldest first across every kind' }) items: QueueItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class QueueCountsByKindDto implements Record<QueueKind, number> {
  @ApiProperty() wish_review: number;
  @ApiProperty() member_registration: number;
  @ApiProperty() unit_registration: number;
  @ApiProperty() shift_hours: number;
  @ApiProperty() topic_review: number;
  @ApiProperty() comment_report: number;
  @ApiProperty() content_report: number;
  @ApiProperty() photo_review: number;
  @ApiProperty({ description: 'Fulfilled wishes nobody confirmed in time (待代确认)' }) wish_confirm: number;
  @ApiProperty({ description: 'Join requests the register did not vouch for (入户申请)' }) join_request: number;
}

export class QueueCountsDto implements QueueCountsView {
  @ApiProperty() total: number;
  @ApiProperty({ type: QueueCountsByKindDto }) byKind: QueueCountsByKindDto;
}

export class BulkApprovalResultDto implements BulkApprovalResultView {
  @ApiProperty({ enum: QueueKind, enumName: 'QueueKind' }) kind: QueueKind;
  @ApiProperty() id: string;
  @ApiProperty() ok: boolean;
  @ApiProperty({ type: String, nullable: true }) code: string | null;
  @ApiProperty({ type: String, nullable: true }) message: string | null;
}

export class BulkApprovalDto implements BulkApprovalView {
  @ApiProperty() approved: number;
  @ApiProperty() failed: number;
  @ApiProperty({ type: [BulkApprovalResultDto] }) results: BulkApprovalResultDto[];
}
