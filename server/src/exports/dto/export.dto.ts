import { ApiProperty } from '@nestjs/swagger';
import { CreateExportInput, ErrorCode, ExportJobPageView, ExportJobView, ExportKind, ExportStatus } from '@linli/shared';
import { IsEnum, IsString } from 'class-validator';
import { IsCalendarDay } from '../../common/validation/dates';
import { PlaceRefDto } from '../../identity/dto/identity.dto';

export class CreateExportDto implements CreateExportInput {
  @ApiProperty({ enum: ExportKind, enumName: 'ExportKind' })
  @IsEnum(ExportKind)
  kind: ExportKind;

  @ApiProperty({ example: '2026-01-01', description: 'First day, YYYY-MM-DD (Asia/Shanghai), inclusive' })
  @IsString()
  @IsCalendarDay()
  from: string;

  @ApiProperty({ example: '2026-12-31', description: 'Last day, inclusive; at most 366 days after from, counting both' })
  @IsString()
  @IsCalendarDay()
  to: string;
}

export class ExportJobDto implements ExportJobView {
  @ApiProperty() id: string;
  @ApiProperty({ type: PlaceRefDto }) place: PlaceRefDto;
  @ApiProperty({ enum: ExportKind, enumName: 'ExportKind' }) kind: ExportKind;
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
  @ApiProperty({ enum: ExportStatus, enumName: 'ExportStatus' }) status: ExportStatus;
  @ApiProperty() rowsDone: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Counted before writing starts' }) rowsTotal: number | null;
  @ApiProperty({ minimum: 0, maximum: 1 }) progress: number;
  @ApiProperty({ example: '东湖社区-微心愿-20260101-20261231.xlsx' }) fileName: string;
  @ApiProperty({ type: Number, nullable: true }) fileBytes: number | null;
  @ApiProperty({ type: String, nullable: true }) errorCode: ErrorCode | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the file is deleted' }) expiresAt: string | null;
}

export class ExportJobPageDto implements ExportJobPageView {
  @ApiProperty({ type: [ExportJobDto] }) items: ExportJobDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
