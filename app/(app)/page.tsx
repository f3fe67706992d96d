import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { SupervisorDashboard } from "@/components/dashboard/supervisor-dashboard";
import { StaffHome } from "@/components/home/staff-home";
import { CommitteeWorkspace } from "@/components/reviews/committee-workspace";
import { AdminHome } from "@/components/users/admin-home";
import { listAbilities } from "@/lib/auth/abilities";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { fetchDashboardFilterOptions, fetchSupervisorDashboard } from "@/lib/dashboard/queries";
import { dashboardFiltersSchema } from "@/lib/dashboard/schema";
import { todayIn } from "@/lib/dates/partial-date";
import { fetchMyFollowUps, fetchOverdueByOwner } from "@/lib/follow-ups/queries";
import { MyFollowUpsCard, OverdueByOwnerCard } from "@/components/follow-ups/follow-up-cards";
import type { Locale } from "@/lib/i18n/config";
import { parseListFilters } from "@/lib/lists/search-params";
import { countryChoices } from "@/lib/countries/choices";
import { fetchRecentEntriesBy, fetchSentBackTo } from "@/lib/record-validation/queries";
import { fetchCommitteeWorkspace, fetchOpenChangeRequests } from "@/lib/reviews/queries";
import { countUsersByRole, fetchRecentAccountChanges } from "@/lib/users/queries";
import { pageLocale } from "@/lib/pages/locale";
import type { PageSearchParams, SearchPageProps } from "@/lib/pages/list";
import { RouteMessages } from "@/components/shell/route-messages";

/** "/" is each role's own home: the supervisor's dashboard, the committee's workspace, staff's and the admin's desks. */
export default async function HomePage({ searchParams }: SearchPageProps) {
  const user = await requireUser();
  const locale = await pageLocale();
  return <RouteMessages route="home">{homeFor(user, locale, await searchParams)}</RouteMessages>;
}

function homeFor(user: SessionUser, locale: Locale, raw: PageSearchParams) {
  switch (user.role) {
    case "supervisor":
      return supervisorHome(user, locale, raw);
    case "committee":
      return <CommitteeWorkspace workspace={fetchCommitteeWorkspace(user)} locale={locale} name={user.name} />;
    case "staff":
      return staffHome(user, locale);
    case "admin":
      return <AdminHome name={user.name} locale={locale} byRole={countUsersByRole(user)} changes={fetchRecentAccountChanges(user)} />;
  }
}

function supervisorHome(user: SessionUser, locale: Locale, raw: PageSearchParams) {
  const filters = parseListFilters(dashboardFiltersSchema, raw);
  const today = todayIn("Africa/Casablanca");
  const options = fetchDashboardFilterOptions(user);
  return (
    <div className="flex flex-col gap-6">
    <SupervisorDashboard
      figures={fetchSupervisorDashboard(user, filters, today)}
      filters={filters}
      locale={locale}
      name={user.name}
      filterForm={
        <DashboardFilters
          values={{ country: filters.country, funder: filters.funder ? String(filters.funder) : undefined }}
          countries={countryChoices(options.countries, locale)}
        />
      }
    />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <MyFollowUpsCard followUps={fetchMyFollowUps(user, today)} locale={locale} />
        <OverdueByOwnerCard overdue={fetchOverdueByOwner(user, today)} locale={locale} />
      </div>
    </div>
  );
}

function staffHome(user: SessionUser, locale: Locale) {
  const today = todayIn("Africa/Casablanca");
  return (
    <StaffHome
      name={user.name}
      locale={locale}
      sentBack={fetchSentBackTo(user)}
      changeRequests={fetchOpenChangeRequests(user)}
      followUps={fetchMyFollowUps(user, today)}
      recent={fetchRecentEntriesBy(user)}
      mayRecordMeetings={listAbilities(user, "meeting").create}
    />
  );
}
