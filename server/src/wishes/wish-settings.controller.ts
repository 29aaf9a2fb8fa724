import { Body, Controller, Get, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, Role } from '@linli/shared';
import { placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { UpdateWishSettingsDto, WishSettingsDto } from './dto/wish-settings.dto';
import { WishSettingsService } from './wish-settings.service';

@ApiTags('wishes')
@ApiBearerAuth()
@Controller('communities/:communityId/wish-settings')
export class WishSettingsController {
  constructor(private readonly settings: WishSettingsService) {}

  @Get()
  @ApiOperation({ summary: "A community's 心愿规则: value cap, deadlines, points (its own or the defaults)" })
  @RequireRole(ALL_ROLES, placeParam('communityId'))
  @ApiOkResponse({ type: WishSettingsDto })
  view(@Req() request: ScopedRequest): Promise<WishSettingsDto> {
    return this.settings.view(request.scopePlace!);
  }

  @Put()
  @ApiOperation({ summary: "Set the community's 心愿规则 (secretary); applies to what happens from now on" })
  @RequireRole([Role.Secretary], placeParam('communityId'))
  @ApiOkResponse({ type: WishSettingsDto })
  update(@CurrentUser() user: AuthUser, @Req() request: ScopedRequest, @Body() body: UpdateWishSettingsDto): Promise<WishSettingsDto> {
    return this.settings.update(user.id, request.scopePlace!, body);
  }
}
