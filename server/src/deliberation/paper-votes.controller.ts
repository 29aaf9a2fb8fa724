import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@linli/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { placeOf, RequireRole } from '../common/access/require-role.decorator';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Public } from '../common/auth/public.decorator';
import { readUpload } from '../storage/read-upload';
import { SignedUrlQueryDto } from '../storage/signed-url-query.dto';
import { Ballot } from './ballot.entity';
import { BallotDto } from './dto/deliberation-view.dto';
import { BallotRollPageDto, BallotRollQueryDto, PaperFormDto, PaperVoteListDto, RecordPaperVoteDto } from './dto/paper-vote.dto';
import { PaperVotesService } from './paper-votes.service';

/** The secretary anywhere in the community, a grid worker on a grid of it (which voters, the service decides per voter). */
const RECORDERS = [Role.Secretary, Role.GridWorker];
const inCommunityOfBallot = placeOf(Ballot, 'communityId', 'BALLOT_NOT_FOUND');
const UPLOAD_ERRORS = { missing: 'BALLOT_PAPER_FORM_REQUIRED', tooLarge: 'BALLOT_PAPER_FORM_TOO_LARGE' } as const;

@ApiTags('deliberation')
@Controller()
export class PaperVotesController {
  constructor(private readonly paper: PaperVotesService) {}

  @Post('ballots/:id/paper-forms')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Upload the photo of a signed paper form (multipart "file"; secretary or grid worker, open ballots; JPEG/PNG/WebP ≤ 5 MB)' })
  @RequireRole(RECORDERS, inCommunityOfBallot, { orBelow: true })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiCreatedResponse({ type: PaperFormDto })
  async uploadForm(@CurrentUser() user: AuthUser, @Param('id') id: string, @Req() request: FastifyRequest): Promise<PaperFormDto> {
    return this.paper.uploadForm(user.id, id, await readUpload(request, UPLOAD_ERRORS));
  }

  @Post('ballots/:id/paper-votes')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Record a vote cast on paper by a voter on the roll, with its uploaded form (secretary, or the grid worker of the voter’s grid)' })
  @RequireRole(RECORDERS, inCommunityOfBallot, { orBelow: true })
  @ApiOkResponse({ type: BallotDto })
  record(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: RecordPaperVoteDto): Promise<BallotDto> {
    return this.paper.record(user.id, id, body);
  }

  @Get('ballots/:id/paper-votes')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Recorded paper votes with their forms: who took part, never the choice (the secretary every one, a grid worker their own)' })
  @RequireRole(RECORDERS, inCommunityOfBallot, { orBelow: true })
  @ApiOkResponse({ type: PaperVoteListDto })
  async list(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<PaperVoteListDto> {
    return { items: await this.paper.list(user.id, id) };
  }

  @Get('ballots/:id/roll')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The roll, to pick whose paper vote to record: names or flats, and whether each has voted (secretary, grid workers)' })
  @RequireRole(RECORDERS, inCommunityOfBallot, { orBelow: true })
  @ApiOkResponse({ type: BallotRollPageDto })
  roll(@Param('id') id: string, @Query() query: BallotRollQueryDto): Promise<BallotRollPageDto> {
    return this.paper.roll(id, query.q, query.limit);
  }

  @Public()
  @Get('ballot-paper-forms/:formId/content')
  @ApiOperation({ summary: 'The photo of a signed paper form behind a signed URL' })
  async content(@Param('formId') formId: string, @Query() query: SignedUrlQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const form = await this.paper.content(formId, query.expires, query.sig);
    reply.header('content-type', form.mime);
    reply.header('cache-control', 'private, max-age=3600');
    reply.header('x-content-type-options', 'nosniff');
    return new StreamableFile(form.content);
  }
}
