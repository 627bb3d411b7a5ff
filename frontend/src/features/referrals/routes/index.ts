export { ReferralDetailRoute } from './referral-detail';
export { ReferralEditRoute } from './referral-edit';
export { ReferralNewRoute } from './referral-new';
export { ReferralsRoute } from './referrals';
