import { Module } from '@nestjs/common';
import { JoinCodes } from './join-codes';
import { JoinDecisionsService } from './join-decisions.service';
import { JoinPicker } from './join-picker';
import { JoinPlaces } from './join-places';
import { JoinService } from './join.service';
import { OnboardingController } from './onboarding.controller';
import { JoinSessions } from './sessions';

/** Residents join themselves: by a flat's QR code or the picker, matched to the register by name and verified phone, or reviewed. */
@Module({ controllers: [OnboardingController], providers: [JoinCodes, JoinService, JoinPlaces, JoinPicker, JoinDecisionsService, JoinSessions] })
export class OnboardingModule {}
