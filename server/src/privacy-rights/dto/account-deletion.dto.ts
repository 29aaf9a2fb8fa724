import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { ReasonDto } from '../../common/http/reason.dto';

export const DELETION_CONFIRMATION = '确认注销';

/** Deleting an account cannot be undone: the person types the words, so a stray tap does nothing. */
export class AccountDeletionDto {
  @ApiProperty({ example: DELETION_CONFIRMATION })
  @IsString()
  @IsIn([DELETION_CONFIRMATION], { message: `confirm：请填写“${DELETION_CONFIRMATION}”` })
  confirm: string;
}

/** On behalf of an offline resident: the request is recorded with why. */
export class ResidentAccountDeletionDto extends ReasonDto {
  @ApiProperty({ example: DELETION_CONFIRMATION })
  @IsString()
  @IsIn([DELETION_CONFIRMATION], { message: `confirm：请填写“${DELETION_CONFIRMATION}”` })
  confirm: string;
}
