import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JoinPlaceView, JoinRequestStatus, JoinRequestView, JoinResultView } from '@linli/shared';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../common/validation/text';

export class JoinFlatDto {
  @ApiProperty() id: string;
  @ApiProperty() label: string;
}

export class JoinPlaceDto implements JoinPlaceView {
  @ApiProperty() communityId: string;
  @ApiProperty() communityName: string;
  @ApiProperty() buildingId: string;
  @ApiProperty() buildingName: string;
  @ApiProperty({ type: String, nullable: true, description: 'Set when the code names one flat' }) householdId: string | null;
  @ApiProperty({ type: String, nullable: true }) householdLabel: string | null;
  @ApiProperty({ type: [JoinFlatDto] }) flats: JoinFlatDto[];
}

export class JoinChoiceDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class JoinDto {
  @ApiProperty({ description: 'The flat (from the QR code or the picker)' })
  @IsString()
  @IsNotEmpty({ message: '请选择房屋' })
  @MaxLength(64)
  householdId: string;

  @ApiPropertyOptional({ description: 'The community the person picked; the flat must be in it' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  communityId?: string;

  @ApiProperty({ minLength: 2, maxLength: 32, example: '赵一' })
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: '请填写真实姓名' })
  @MaxLength(32)
  name: string;

  @ApiPropertyOptional({ description: "The mini-program's getPhoneNumber code; the server asks WeChat for the verified number" })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  phoneCode?: string;
}

export class JoinRequestDto implements JoinRequestView {
  @ApiProperty() id: string;
  @ApiProperty() communityId: string;
  @ApiProperty() communityName: string;
  @ApiProperty() buildingName: string;
  @ApiProperty() householdId: string;
  @ApiProperty() householdLabel: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: 'Masked for the applicant, in full for the reviewers' }) phone: string | null;
  @ApiProperty() phoneVerified: boolean;
  @ApiProperty({ enum: JoinRequestStatus, enumName: 'JoinRequestStatus' }) status: JoinRequestStatus;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) decidedAt: string | null;
}

export class JoinResultDto implements JoinResultView {
  @ApiProperty({ enum: ['joined', 'pending'] }) outcome: 'joined' | 'pending';
  @ApiProperty({ type: String, nullable: true, description: 'Joined: the session of the person the register names; use it from now on' }) token: string | null;
  @ApiProperty({ type: String, nullable: true }) expiresAt: string | null;
  @ApiProperty({ type: JoinRequestDto, nullable: true }) request: JoinRequestDto | null;
}
