import { useTranslation } from 'react-i18next';

type Props = { seatsLeft: number; capacity: number; waitlisted: number };

/** "5 of 12 seats left" or "Fully booked", plus the waiting list when there is one. */
export function SeatsText({ seatsLeft, capacity, waitlisted }: Props) {
  const { t } = useTranslation();
  const seats =
    seatsLeft > 0
      ? t('trainings.seatsLeft', { count: seatsLeft, capacity })
      : t('trainings.fullyBooked');
  return (
    <span>
      {waitlisted > 0 ? `${seats} · ${t('trainings.waitlisted', { count: waitlisted })}` : seats}
    </span>
  );
}
