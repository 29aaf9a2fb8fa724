import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTENT_LIMITS,
  LIMITS,
  MediaCheckStatus,
  MediaCheckView,
  MediaKind,
  ReportedContentView,
  ReportedView,
  ReportStatus,
  ReportTarget,
} from '@linli/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/http/page';
import { trim } from '../../common/validation/text';

export class ReportContentDto {
  @ApiPropertyOptional({ maxLength: CONTENT_LIMITS.reportReasonMax, example: '内容涉嫌虚假求助' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(CONTENT_LIMITS.reportReasonMax)
  reason?: string;
}

export class ContentReportedDto implements ReportedView {
  @ApiProperty() reported: true;
}

export class ReportListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ReportStatus, enumName: 'ReportStatus', default: ReportStatus.Open })
  @IsOptional()
  @IsEnum(ReportStatus)
  status?: ReportStatus;
}

export class ReportedContentDto implements ReportedContentView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ReportTarget, enumName: 'ReportTarget' }) targetType: ReportTarget;
  @ApiProperty() targetId: string;
  @ApiProperty() title: string;
  @ApiProperty() excerpt: string;
  @ApiProperty() authorName: string;
  @ApiProperty() reportCount: number;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiProperty({ enum: ReportStatus, enumName: 'ReportStatus' }) status: ReportStatus;
  @ApiProperty({ format: 'date-time' }) firstReportedAt: string;
  @ApiProperty({ format: 'date-time' }) lastReportedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason: string | null;
}

export class ReportedContentPageDto {
  @ApiProperty({ type: [ReportedContentDto] }) items: ReportedContentDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class MediaCheckQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MediaCheckStatus, enumName: 'MediaCheckStatus', default: MediaCheckStatus.AwaitingReview })
  @IsOptional()
  @IsEnum(MediaCheckStatus)
  status?: MediaCheckStatus;
}

export class MediaReviewDto {
  @ApiProperty({ description: 'true: show the image; false: refuse it for good, with a reason' })
  @IsBoolean()
  pass: boolean;

  @ApiPropertyOptional({ minLength: LIMITS.reasonMin, maxLength: LIMITS.reasonMax, description: 'Required when refusing' })
  @ValidateIf((body: MediaReviewDto) => body.pass === false || body.reason !== undefined)
  @Transform(trim)
  @IsString()
  @MinLength(LIMITS.reasonMin)
  @MaxLength(LIMITS.reasonMax)
  reason?: string;
}

export class MediaCheckDto implements MediaCheckView {
  @ApiProperty({ description: 'The photo’s own id' }) id: string;
  @ApiProperty({ enum: MediaKind, enumName: 'MediaKind' }) kind: MediaKind;
  @ApiProperty({ enum: MediaCheckStatus, enumName: 'MediaCheckStatus' }) status: MediaCheckStatus;
  @ApiProperty({ description: 'Signed, expiring URL path of the image' }) url: string;
  @ApiProperty() uploaderName: string;
  @ApiProperty({ type: Number, nullable: true }) label: number | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
}

export class MediaCheckPageDto {
  @ApiProperty({ type: [MediaCheckDto] }) items: MediaCheckDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
