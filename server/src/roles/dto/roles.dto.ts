import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@linli/shared';
import { IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { RoleGrantDto } from '../../identity/dto/identity.dto';

export class CreateRoleGrantDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  userId: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  @IsEnum(Role)
  role: Role;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  placeId: string;
}

export class ListedRoleGrantDto extends RoleGrantDto {
  @ApiProperty() userName: string;
}

export class RoleGrantPageDto {
  @ApiProperty({ type: [ListedRoleGrantDto] }) items: ListedRoleGrantDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
