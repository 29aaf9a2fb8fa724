import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@linli/shared';
import { placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { DashboardService } from './dashboard.service';
import { DashboardDto } from './dto/dashboard.dto';

/** A secretary watches their community; a street officer their street and each community in it. */
const WATCHERS = [Role.Secretary, Role.StreetOfficer, Role.Admin];

@ApiTags('workbench')
@ApiBearerAuth()
@Controller('places/:placeId/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiOperation({ summary: 'Dashboard of a community or a street: reporting, wishes, shifts, ballots, 12-month series' })
  @RequireRole(WATCHERS, placeParam('placeId'))
  @ApiOkResponse({ type: DashboardDto })
  of(@Req() request: ScopedRequest): Promise<DashboardDto> {
    return this.dashboard.of(request.scopePlace!);
  }
}
