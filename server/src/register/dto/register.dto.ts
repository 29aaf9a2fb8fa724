import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBooleanString, IsOptional, IsString, MaxLength } from 'class-validator';

export class ConfirmRegisterImportDto {
  @ApiPropertyOptional({ type: [String], description: 'Keys of the dry run’s removals the secretary ticked ("flat:<id>", "member:<householdId>:<userId>")' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20_000)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  remove?: string[];
}

export class RegisterTemplateQueryDto {
  @ApiPropertyOptional({ description: '"true": the template filled with the register as it stands' })
  @IsOptional()
  @IsBooleanString()
  filled?: string;
}

export class RegisterUploadDto {
  @ApiProperty({ type: 'string', format: 'binary' }) file: unknown;
}
