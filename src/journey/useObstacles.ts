import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { parseObstacles, serialiseObstacles, type ObstacleId } from '../rules/obstacleIds';
import { obstaclesSetting, splitQuery, withSettings } from './settingsQuery';

/** The obstacles a group has ticked, kept in the URL so they survive a reload and travel with a shared link. */
export function useObstacles(): [ObstacleId[], (ticked: ObstacleId[]) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const query = splitQuery(location.search);
  const inUrl = serialiseObstacles(query.obstacles);
  // The router renders a navigation as a transition; until it lands, show what was
  // just ticked, so a checkbox never flicks back under the person's finger.
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (pending === inUrl) setPending(null);
  }, [pending, inUrl]);
  const ticked = parseObstacles(pending ?? inUrl);
  function setTicked(next: ObstacleId[]) {
    const answers = query.answers.toString();
    setPending(serialiseObstacles(next));
    const path = answers ? `${location.pathname}?${answers}` : location.pathname;
    navigate(withSettings(path, obstaclesSetting(next)), { replace: true });
  }
  return [ticked, setTicked];
}
