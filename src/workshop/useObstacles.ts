import { useLocation, useNavigate } from 'react-router-dom';
import { OBSTACLES_KEY, parseObstacles, serialiseObstacles, type ObstacleId } from '../rules/obstacles';
import { splitQuery, withSettings } from '../app/settingsQuery';

/** The obstacles a group has ticked, kept in the URL so they survive a reload and travel with a shared link. */
export function useObstacles(): [ObstacleId[], (ticked: ObstacleId[]) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const ticked = parseObstacles(new URLSearchParams(location.search).get(OBSTACLES_KEY));
  function setTicked(next: ObstacleId[]) {
    const answers = splitQuery(location.search).answers.toString();
    const value = serialiseObstacles(next);
    const path = answers ? `${location.pathname}?${answers}` : location.pathname;
    navigate(withSettings(path, value ? `${OBSTACLES_KEY}=${value}` : ''), { replace: true });
  }
  return [ticked, setTicked];
}
