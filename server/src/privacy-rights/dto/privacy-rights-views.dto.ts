import { ApiProperty } from '@nestjs/swagger';
import { AccountDeletionView, MyDataAccessView, MyDataExport, PrivateDataAccessView, PrivateDataKind } from '@linli/shared';

export class MyDataExportDto implements MyDataExport {
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'My account row: name, phone, settings' })
  profile: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'object', additionalProperties: true } },
    description: 'Every table that references me, by section name (households, myWishes, consents, …)',
  })
  sections: Record<string, Record<string, unknown>[]>;
}

export class MyDataAccessDto implements MyDataAccessView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: 'Masked (王**)' }) viewerName: string;
  @ApiProperty({ enum: PrivateDataKind, enumName: 'PrivateDataKind' }) kind: PrivateDataKind;
  @ApiProperty() kindLabel: string;
  @ApiProperty() purpose: string;
}

export class PrivateDataAccessDto implements PrivateDataAccessView {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() viewerId: string;
  @ApiProperty() viewerName: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null when the read covered a whole place (the register)' }) subjectName: string | null;
  @ApiProperty({ enum: PrivateDataKind, enumName: 'PrivateDataKind' }) kind: PrivateDataKind;
  @ApiProperty() kindLabel: string;
  @ApiProperty() purpose: string;
}

export class AccountDeletionDoneDto implements AccountDeletionView {
  @ApiProperty() userId: string;
  @ApiProperty({ format: 'date-time' }) deletedAt: string;
  @ApiProperty({ type: [String], description: 'What is kept, anonymised, and why' }) kept: string[];
}
