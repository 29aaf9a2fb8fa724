import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LIMITS, Role } from '@linli/shared';
import { placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuditViewsService } from './audit-views.service';
import { AuditPageDto, AuditQueryDto } from './dto/audit.dto';

/** Who may read who did what: the secretary for the community, the street officer for the street. */
const AUDIT_READERS = [Role.Secretary, Role.StreetOfficer, Role.Admin];

@ApiTags('audit')
@ApiBearerAuth()
@Controller('places/:placeId/audit')
export class AuditController {
  constructor(private readonly views: AuditViewsService) {}

  @Get()
  @ApiOperation({ summary: 'The audit log of a place and everything in it, newest first, by person, action and dates' })
  @RequireRole(AUDIT_READERS, placeParam('placeId'))
  @ApiOkResponse({ type: AuditPageDto })
  page(@Req() request: ScopedRequest, @Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.views.page(request.scopePlace!, query, query.limit ?? LIMITS.pageSizeDefault);
  }
}
