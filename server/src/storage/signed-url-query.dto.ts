import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** ?expires=&sig= of a signed image URL. */
export class SignedUrlQueryDto {
  @ApiProperty() @IsString() @MaxLength(20) expires: string;
  @ApiProperty() @IsString() @MaxLength(100) sig: string;
}
